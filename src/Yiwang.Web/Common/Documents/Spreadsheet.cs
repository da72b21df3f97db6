using ClosedXML.Excel;

namespace Yiwang.Web.Common.Documents;

/// <summary>Any table of the console as an .xlsx download: one sheet, a bold header row, values typed as they are.</summary>
internal static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// An uploaded table, .csv or .xlsx by its name: rows as header → text; null when it is neither.
    /// An .xlsx is streamed (<see cref="XlsxWorkbook"/>); beyond <paramref name="limits"/> it is refused
    /// (<see cref="SheetRefusedException"/>) as soon as the excess is read.
    /// </summary>
    public static List<(int Row, Dictionary<string, string> Cells)>? Rows(Stream stream, string? fileName, SheetLimits limits, CancellationToken ct)
    {
        if (fileName?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            var csv = Csv.Rows(stream);
            if (csv is not null) limits.CheckRows(csv.Count);
            return csv;
        }
        using var workbook = XlsxWorkbook.Open(stream, limits, ct);
        if (workbook is null || workbook.Sheets.Count == 0) return null;
        try
        {
            List<string>? headers = null;
            var rows = new List<(int Row, Dictionary<string, string> Cells)>();
            foreach (var row in workbook.Rows(workbook.Sheets[0].Path))
            {
                if (headers is null)
                {
                    headers = [.. row.Cells];
                    continue;
                }
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < headers.Count; i++)
                    if (headers[i].Length > 0) cells.TryAdd(headers[i], row.Cell(i + 1));
                rows.Add((row.Number, cells));
            }
            return rows;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

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
