using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Yiwang.Web.Common.Documents;

/// <summary>
/// A one-page official notice (通知书/告知书) or licence as PDF: title, numbered heading, wrapped body,
/// issuer, date, QR code; a licence also shows its electronic seal's name in a red ring.
/// </summary>
internal sealed record NoticeDocument(string Title, string DocumentNumber, string Addressee, IReadOnlyList<string> Paragraphs, string Issuer, DateOnly Date, string QrUrl,
    string QrCaption = "扫码查询办理进度", string? Seal = null)
{
    private const double Margin = 72, Width = 595 - 2 * Margin; // A4 in points

    public byte[] Render()
    {
        using var doc = new PdfDocument();
        doc.Info.Title = Title;
        var page = doc.AddPage();
        page.Width = XUnit.FromPoint(595);
        page.Height = XUnit.FromPoint(842);
        using (var g = XGraphics.FromPdfPage(page))
        {
            var title = new XFont(ChineseFont.Family, 22, XFontStyleEx.Bold);
            var body = new XFont(ChineseFont.Family, 12);
            var small = new XFont(ChineseFont.Family, 10);
            g.DrawString(Title, title, XBrushes.Black, new XRect(Margin, 80, Width, 30), XStringFormats.TopCenter);
            g.DrawString(DocumentNumber, small, XBrushes.Black, new XRect(Margin, 118, Width, 14), XStringFormats.TopCenter);
            var y = 160.0;
            g.DrawString(Addressee + "：", body, XBrushes.Black, Margin, y);
            y += 26;
            foreach (var p in Paragraphs)
                foreach (var line in Wrap(g, "　　" + p, body, Width))
                {
                    g.DrawString(line, body, XBrushes.Black, Margin, y);
                    y += 22;
                }
            y = Math.Max(y + 40, 560);
            g.DrawString(Issuer, body, XBrushes.Black, new XRect(Margin, y, Width, 16), XStringFormats.TopRight);
            g.DrawString($"{Date.Year}年{Date.Month}月{Date.Day}日", body, XBrushes.Black, new XRect(Margin, y + 22, Width, 16), XStringFormats.TopRight);
            DrawQr(g, QrUrl, Margin, 700, 90);
            if (Seal is not null)
            {
                var red = new XPen(XColor.FromArgb(200, 16, 46), 2.5);
                g.DrawEllipse(red, Margin + Width - 150, y - 50, 120, 120);
                foreach (var (line, i) in Wrap(g, Seal, small, 90).Select((l, i) => (l, i)))
                    g.DrawString(line, small, new XSolidBrush(XColor.FromArgb(200, 16, 46)), new XRect(Margin + Width - 150, y - 10 + i * 13, 120, 13), XStringFormats.TopCenter);
            }
            g.DrawString(QrCaption, small, XBrushes.Black, Margin + 100, 740);
            g.DrawString(QrUrl, small, XBrushes.Black, Margin + 100, 756);
        }
        using var output = new MemoryStream();
        doc.Save(output);
        return output.ToArray();
    }

    /// <summary>The QR code as vector squares (crisp at any zoom, no image codec needed).</summary>
    private static void DrawQr(XGraphics g, string text, double x, double y, double size)
    {
        using var data = new QRCodeGenerator().CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var cell = size / matrix.Count;
        for (var r = 0; r < matrix.Count; r++)
            for (var c = 0; c < matrix[r].Count; c++)
                if (matrix[r][c]) g.DrawRectangle(XBrushes.Black, x + c * cell, y + r * cell, cell, cell);
    }

    /// <summary>Chinese has no spaces: break where the next character would overflow the line.</summary>
    private static IEnumerable<string> Wrap(XGraphics g, string text, XFont font, double width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var ch in text)
        {
            if (line.Length > 0 && g.MeasureString(line.ToString() + ch, font).Width > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(ch);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
