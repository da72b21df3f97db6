using System.Text;
using Yiwang.Web.Common.Documents;

namespace Yiwang.Tests.Common.Documents;

public class CsvTests
{
    [Fact]
    public void Quoted_fields_doubled_quotes_and_line_breaks_inside_quotes()
    {
        var records = Csv.Parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,last,");
        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two\nlines"], records[1]);
        Assert.Equal(["", "last", ""], records[2]);
    }

    [Fact]
    public void Rows_are_keyed_by_header_with_sheet_row_numbers_and_blank_rows_skipped()
    {
        var rows = Csv.Rows(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("姓名,身份证号码\n张三,430802\n,\n李四,\n")).ToArray()))!;
        Assert.Equal([2, 4], rows.Select(r => r.Row));
        Assert.Equal("张三", rows[0].Cells["姓名"]);
        Assert.Equal("", rows[1].Cells["身份证号码"]);
    }

    [Fact]
    public void Gb18030_files_from_excel_are_read_and_binary_files_refused()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes("名称,住所\n张家界土家风味餐饮有限公司,永定区回龙路26号\n");
        Assert.Equal("永定区回龙路26号", Csv.Rows(new MemoryStream(gbk))![0].Cells["住所"]);
        Assert.Null(Csv.Rows(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])));
    }
}
