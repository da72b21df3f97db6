using ClosedXML.Excel;

namespace Yiwang.Web.Common.Documents;

/// <summary>Any table of the console as an .xlsx download: one sheet, a bold header row, values typed as they are.</summary>
public static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Table(string sheet, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(sheet);
        for (var c = 0; c < headers.Count; c++) ws.Cell(1, c + 1).SetValue(headers[c]);
        ws.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++) ws.Cell(r, c + 1).Value = row[c] switch
            {
                null => "",
                bool b => b ? "是" : "否",
                double or int or long => row[c],
                var o => o.ToString(),
            };
            r++;
        }
        // Fixed widths: measuring text needs System.Drawing, which does not run on Linux.
        for (var c = 1; c <= headers.Count; c++) ws.Column(c).Width = 20;
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }
}
