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

    public static string Text(double id) => Texts.GetValueOrDefault(id, "");
}
