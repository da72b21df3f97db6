using System.Text;

namespace Yiwang.Web.Common.Documents;

/// <summary>
/// CSV tables (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). Excel in China saves
/// CSV as GB18030 (GBK) unless told otherwise, so a file that is not valid UTF-8 is read as GB18030.
/// </summary>
internal static class Csv
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static Csv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The rows after the header as header → text (row numbers as a spreadsheet shows them); null when the bytes are not text.</summary>
    public static List<(int Row, Dictionary<string, string> Cells)>? Rows(Stream stream)
    {
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        var bytes = ms.ToArray();
        if (Array.IndexOf(bytes, (byte)0) >= 0) return null;
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { text = Encoding.GetEncoding("GB18030").GetString(bytes); }
        var records = Parse(text.TrimStart('\uFEFF'));
        if (records.Count == 0) return [];
        var headers = records[0].Select(h => h.Trim()).ToList();
        return records.Skip(1).Select((fields, i) => (i + 2, headers.Select((h, c) => (h, v: c < fields.Count ? fields[c].Trim() : ""))
                .Where(x => x.h.Length > 0).ToDictionary(x => x.h, x => x.v)))
            .Where(r => r.Item2.Values.Any(v => v.Length > 0)).ToList();
    }

    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }
}
