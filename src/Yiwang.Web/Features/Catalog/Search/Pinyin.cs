using System.Collections.Frozen;
using System.Text;

namespace Yiwang.Web.Features.Catalog.Search;

/// <summary>
/// Toneless pinyin of Chinese text, by character (each character's most common reading, from the
/// table in pinyin.txt shipped inside the assembly): lets a phone user type `yyzz` or `yingyezhizhao`
/// for 营业执照. Letters and digits pass through lower-cased; anything else is dropped.
/// </summary>
internal static class Pinyin
{
    private static readonly Lazy<FrozenDictionary<char, string>> Table = new(Load);

    private static FrozenDictionary<char, string> Load()
    {
        using var stream = typeof(Pinyin).Assembly.GetManifestResourceStream("reference.pinyin.txt")!;
        using var reader = new StreamReader(stream);
        var table = new Dictionary<char, string>();
        while (reader.ReadLine() is { Length: > 1 } line) table[line[0]] = line[1..];
        return table.ToFrozenDictionary();
    }

    /// <summary>The syllables run together: 营业执照 → yingyezhizhao.</summary>
    public static string Full(string text) => Join(text, s => s);

    /// <summary>The first letter of each syllable: 营业执照 → yyzz.</summary>
    public static string Initials(string text) => Join(text, s => s[..1]);

    /// <summary>Whether a query is typed in pinyin (letters only, at least two).</summary>
    public static bool IsPinyinQuery(string text) => text.Length >= 2 && text.All(char.IsAsciiLetter);

    private static string Join(string text, Func<string, string> part)
    {
        var table = Table.Value;
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (table.TryGetValue(c, out var syllable)) sb.Append(part(syllable));
            else if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
