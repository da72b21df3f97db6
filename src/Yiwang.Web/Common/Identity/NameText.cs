namespace Yiwang.Web.Common.Identity;

/// <summary>What a name (of a person, an entity, a file) may not hold: control characters and the bidirectional controls that make it read differently on screen.</summary>
internal static class NameText
{
    public static bool HasUnreadable(string text) => text.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F');
}
