using ClosedXML.Excel;
using Yiwang.Web.Common.Documents;

namespace Yiwang.Web.Features.Catalog.Transfer;

/// <summary>Writes and reads the catalog workbook: sheet 事项 plus one sheet per list (docs/catalog-format.md).</summary>
internal static class CatalogSpreadsheet
{
    public const string ItemSheet = "事项";

    public static byte[] Write(IReadOnlyList<CatalogRecord> records)
    {
        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add(ItemSheet);
        WriteHeader(ws, ItemColumns.All.Select(c => c.Header));
        for (var r = 0; r < records.Count; r++)
            for (var c = 0; c < ItemColumns.All.Count; c++)
                ws.Cell(r + 2, c + 1).SetValue(ItemColumns.All[c].Write(records[r]));
        foreach (var sheet in ListSheets.All)
        {
            var s = wb.Worksheets.Add(sheet.Name);
            WriteHeader(s, sheet.Columns.Select(c => c.Header).Prepend("事项编码"));
            var row = 2;
            foreach (var record in records)
                foreach (var entry in sheet.Entries(record.Guide))
                {
                    s.Cell(row, 1).SetValue(record.Code);
                    for (var c = 0; c < sheet.Columns.Count; c++) s.Cell(row, c + 2).SetValue(sheet.Columns[c].Write(entry));
                    row++;
                }
        }
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>
    /// Reads a workbook into records, streamed within <paramref name="limits"/> (<see cref="SheetRefusedException"/>
    /// beyond them); every cell that cannot be read becomes an error with its row.
    /// </summary>
    public static (List<(int Row, CatalogRecord Record)> Records, List<ImportError> Errors) Read(Stream stream, SheetLimits limits, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var records = new List<(int Row, CatalogRecord Record)>();
        using var wb = XlsxWorkbook.Open(stream, limits, ct);
        if (wb is null)
        {
            errors.Add(new ImportError("", 0, "file", "文件不是有效的 .xlsx 工作簿"));
            return (records, errors);
        }
        try
        {
            if (wb.PathOf(ItemSheet) is not { } items)
            {
                errors.Add(new ImportError(ItemSheet, 0, "sheet", $"缺少工作表“{ItemSheet}”"));
                return (records, errors);
            }
            Dictionary<string, int>? headers = null;
            foreach (var row in wb.Rows(items))
            {
                if (headers is null)
                {
                    headers = Headers(row);
                    foreach (var col in ItemColumns.All.Where(c => !headers.ContainsKey(c.Header)))
                        errors.Add(new ImportError(ItemSheet, 1, col.Header, $"缺少列“{col.Header}”"));
                    if (errors.Count > 0) return (records, errors);
                    continue;
                }
                var record = new CatalogRecord();
                foreach (var col in ItemColumns.All)
                    if (col.Read(record, row.Cell(headers[col.Header])) is { } error)
                        errors.Add(new ImportError(ItemSheet, row.Number, col.Header, error));
                records.Add((row.Number, record));
            }
            var byCode = records.GroupBy(r => r.Record.Code).ToDictionary(g => g.Key, g => g.First().Record);
            foreach (var sheet in ListSheets.All)
            {
                if (wb.PathOf(sheet.Name) is not { } path) continue;
                Dictionary<string, int>? h = null;
                foreach (var row in wb.Rows(path))
                {
                    if (h is null) { h = Headers(row); continue; }
                    var code = row.Cell(1);
                    if (!byCode.TryGetValue(code, out var record))
                    {
                        errors.Add(new ImportError(sheet.Name, row.Number, "事项编码", $"事项编码“{code}”不在“{ItemSheet}”工作表中"));
                        continue;
                    }
                    var entry = sheet.Create();
                    foreach (var col in sheet.Columns)
                    {
                        var text = h.TryGetValue(col.Header, out var idx) ? row.Cell(idx) : "";
                        if (col.Read(entry, text) is { } error) errors.Add(new ImportError(sheet.Name, row.Number, col.Header, error));
                    }
                    sheet.Entries(record.Guide).Add(entry);
                }
            }
        }
        catch (System.Xml.XmlException)
        {
            errors.Add(new ImportError("", 0, "file", "文件不是有效的 .xlsx 工作簿"));
        }
        return (records, errors);
    }

    private static void WriteHeader(IXLWorksheet ws, IEnumerable<string> headers)
    {
        var c = 1;
        foreach (var h in headers)
        {
            ws.Cell(1, c).SetValue(h);
            ws.Cell(1, c).Style.Font.Bold = true;
            ws.Column(c).Width = 18; // AdjustToContents needs System.Drawing, absent on Linux.
            c++;
        }
    }

    /// <summary>Header text → 1-based column (the first of duplicates).</summary>
    private static Dictionary<string, int> Headers(XlsxRow row)
    {
        var headers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < row.Cells.Count; i++)
            if (row.Cells[i].Length > 0) headers.TryAdd(row.Cells[i], i + 1);
        return headers;
    }
}
