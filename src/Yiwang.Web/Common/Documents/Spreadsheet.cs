using ClosedXML.Excel;

namespace Yiwang.Web.Common.Documents;

/// <summary>Any table of the console as an .xlsx download: one sheet, a bold header row, values typed as they are.</summary>
internal static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// An uploaded table, .csv or .xlsx by its name: rows as header → text; null when it is neither.
    /// Beyond <paramref name="limits"/> it is refused (<see cref="SheetRefusedException"/>) before it is parsed.
    /// </summary>
    public static List<(int Row, Dictionary<string, string> Cells)>? Rows(Stream stream, string? fileName, SheetLimits limits, CancellationToken ct)
    {
        if (fileName?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            var csv = Csv.Rows(stream);
            if (csv is not null) limits.CheckRows(csv.Count);
            return csv;
        }
        var seekable = stream.CanSeek ? stream : Buffered(stream);
        limits.CheckWorkbook(seekable, ct);
        return Rows(seekable);
    }

    private static MemoryStream Buffered(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>The first sheet's rows as header → text, from the second row on (row numbers as in the sheet); null when it is not an .xlsx file.</summary>
    public static List<(int Row, Dictionary<string, string> Cells)>? Rows(Stream stream)
    {
        try
        {
            using var wb = new XLWorkbook(stream);
            var ws = wb.Worksheets.First();
            var last = ws.LastColumnUsed()?.ColumnNumber() ?? 0;
            var headers = Enumerable.Range(1, last).Select(c => ws.Cell(1, c).GetString().Trim()).ToList();
            return ws.RowsUsed().Where(r => r.RowNumber() > 1).Select(r => (r.RowNumber(),
                headers.Select((h, i) => (h, v: Text(r.Cell(i + 1)))).Where(x => x.h.Length > 0).ToDictionary(x => x.h, x => x.v))).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>A cell as text: dates as yyyy-MM-dd, whatever the sheet's display format.</summary>
    private static string Text(IXLCell cell) => cell.DataType == XLDataType.DateTime
        ? cell.GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : cell.GetFormattedString().Trim();

    public static byte[] Table(string sheet, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(sheet);
        for (var c = 0; c < headers.Count; c++) ws.Cell(1, c + 1).SetValue(headers[c]);
        ws.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                var cell = ws.Cell(r, c + 1);
                // Text stays text (an ID number or a date written as text must not turn into a number or a date).
                if (row[c] is double or int or long) cell.Value = row[c];
                else cell.SetValue(row[c] switch { null => "", bool b => b ? "是" : "否", var o => o.ToString() ?? "" });
            }
            r++;
        }
        // Fixed widths: measuring text needs System.Drawing, which does not run on Linux.
        for (var c = 1; c <= headers.Count; c++) ws.Column(c).Width = 20;
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }
}
