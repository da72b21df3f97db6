using System.Collections.Concurrent;

namespace Yiwang.Web.Common.Rules;

/// <summary>Texts without a fixed list of choices (an industry code, a county) held as numbers: one id per distinct text, for the process's life.</summary>
internal static class RuleSymbols
{
    private static readonly ConcurrentDictionary<string, double> Ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<double, string> Texts = new();
    private static int _next;

    public static double Id(string text) => Ids.GetOrAdd(text, t =>
    {
        var id = (double)Interlocked.Increment(ref _next);
        Texts[id] = t;
        return id;
    });

    /// <summary>The id of a text some rule named, or -1 (a text no rule names equals none of them): reads the public's answers without keeping them.</summary>
    public static double Known(string text) => Ids.TryGetValue(text, out var id) ? id : -1;

    public static string Text(double id) => Texts.GetValueOrDefault(id, "");
}
