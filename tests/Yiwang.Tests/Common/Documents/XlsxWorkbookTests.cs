using ClosedXML.Excel;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Http;

namespace Yiwang.Tests.Common.Documents;

/// <summary>The streaming .xlsx reader reads what Excel and ClosedXML write, the way the imports need it.</summary>
public class XlsxWorkbookTests
{
    private static MemoryStream Excel(Action<XLWorkbook> fill)
    {
        using var wb = new XLWorkbook();
        fill(wb);
        var ms = new MemoryStream();
        wb.SaveAs(ms);
        ms.Position = 0;
        return ms;
    }

    [Fact]
    public void Cells_come_out_as_text_dates_as_dates_and_rows_keep_their_numbers()
    {
        using var file = Excel(wb =>
        {
            var ws = wb.Worksheets.Add("人口库");
            ws.Cell(1, 1).SetValue("姓名"); ws.Cell(1, 2).SetValue("身份证号码"); ws.Cell(1, 3).SetValue("成立日期"); ws.Cell(1, 4).SetValue("资本"); ws.Cell(1, 5).SetValue("存续");
            ws.Cell(2, 1).SetValue("张三"); ws.Cell(2, 2).SetValue("430802199003071232"); ws.Cell(2, 3).SetValue(new DateTime(2016, 5, 18)); ws.Cell(2, 4).SetValue(300.5); ws.Cell(2, 5).SetValue(true);
            // Row 3 left empty; row 4 has a formula and a cell in column E only.
            ws.Cell(4, 1).FormulaA1 = "=\"李\"&\"四\"";
            ws.Cell(4, 5).SetValue("  有空格  ");
            wb.Worksheets.Add("第二页").Cell(1, 1).SetValue("另一张");
        });
        using var wb = XlsxWorkbook.Open(file, new SheetLimits(), default)!;
        Assert.Equal(["人口库", "第二页"], wb.Sheets.Select(s => s.Name));
        var rows = wb.Rows(wb.PathOf("人口库")!).ToList();
        Assert.Equal([1, 2, 4], rows.Select(r => r.Number));
        Assert.Equal(["张三", "430802199003071232", "2016-05-18", "300.5", "TRUE"], rows[1].Cells);
        Assert.Equal("", rows[2].Cell(2));
        Assert.Equal("有空格", rows[2].Cell(5));
        Assert.Equal("另一张", wb.Rows(wb.PathOf("第二页")!).Single().Cell(1));
    }

    [Fact]
    public void The_import_table_reads_as_header_to_text_like_before()
    {
        var bytes = Spreadsheet.Table("法人", ["统一社会信用代码", "注册资本（万元）", "成立日期"], [["91430802MA4L0001XX", 50, "2019-09-02"], ["", 0.1, ""]]);
        var rows = Spreadsheet.Rows(new MemoryStream(bytes), "法人.xlsx", new SheetLimits(), default)!;
        Assert.Equal(2, rows[0].Row);
        Assert.Equal("91430802MA4L0001XX", rows[0].Cells["统一社会信用代码"]);
        Assert.Equal("50", rows[0].Cells["注册资本（万元）"]);
        Assert.Equal("2019-09-02", rows[0].Cells["成立日期"]);
        Assert.Equal("0.1", rows[1].Cells["注册资本（万元）"]);
        Assert.Null(Spreadsheet.Rows(new MemoryStream("not a zip"u8.ToArray()), "x.xlsx", new SheetLimits(), default));
    }

    [Fact]
    public void A_sheet_past_the_row_limit_is_refused_as_it_is_read_and_a_cancelled_read_stops()
    {
        var bytes = Spreadsheet.Table("t", ["a"], Enumerable.Range(1, 2_500).Select(i => (IReadOnlyList<object?>)[$"r{i}"]));
        var small = new SheetLimits(MaxRows: 2_000);
        Assert.Contains("超过 2,000 行", Assert.Throws<SheetRefusedException>(() => Spreadsheet.Rows(new MemoryStream(bytes), "t.xlsx", small, default)).Message);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Spreadsheet.Rows(new MemoryStream(bytes), "t.xlsx", new SheetLimits(), cancelled.Token));
    }

    [Fact]
    public async Task An_import_past_its_time_is_refused_and_one_whose_client_left_is_cancelled()
    {
        var limits = new SheetLimits(MaxSeconds: 0);
        var slow = await limits.BoundedAsync<int>(async (_, t) => { await Task.Delay(Timeout.Infinite, t); return Outcome<int>.Ok(1); }, default);
        Assert.Contains("导入超过 0 秒", slow.Errors["file"][0]);
        using var left = new CancellationTokenSource();
        left.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new SheetLimits().BoundedAsync<int>(async (_, t) => { await Task.Delay(Timeout.Infinite, t); return Outcome<int>.Ok(1); }, left.Token));
        var refused = await new SheetLimits().BoundedAsync<int>((_, _) => throw new SheetRefusedException("太大"), default);
        Assert.Equal("太大", refused.Errors["file"][0]);
    }
}
