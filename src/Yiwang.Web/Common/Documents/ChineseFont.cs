using PdfSharp.Fonts;

namespace Yiwang.Web.Common.Documents;

/// <summary>
/// PDFsharp needs the TrueType bytes of a font that has Chinese glyphs (a .ttc collection does not
/// work). Default: Debian's fonts-arphic-gbsn00lp (AR PL SungtiL GB); Pdf:FontPath overrides.
/// </summary>
internal sealed class ChineseFont : IFontResolver
{
    public const string Family = "Song";
    /// <summary>What a user is told when a document cannot be rendered for want of the font.</summary>
    public const string Missing = "服务器未安装中文字体，无法生成通知书（请安装 fonts-arphic-gbsn00lp 或配置 Pdf:FontPath）";
    public const string DefaultPath = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    private static readonly Lock Gate = new();
    private static ChineseFont? _installed;
    private readonly byte[] _bytes;

    private ChineseFont(byte[] bytes) => _bytes = bytes;

    /// <summary>Installs the resolver once per process; false when the font file is missing.</summary>
    public static bool TryInstall(string? path)
    {
        lock (Gate)
        {
            if (_installed is not null) return true;
            path ??= DefaultPath;
            if (!File.Exists(path)) return false;
            _installed = new ChineseFont(File.ReadAllBytes(path));
            GlobalFontSettings.FontResolver = _installed;
            return true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, bold, false);

    public byte[]? GetFont(string faceName) => _bytes;
}
