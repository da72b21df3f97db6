using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Documents;

namespace Yiwang.Tests.Common.Documents;

/// <summary>The files that took the server down: refused before they are parsed, in bounded memory.</summary>
public class ImportBoundsTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    /// <summary>A minimal .xlsx written row by row (the way an attacker's tool would), one inline-string cell a row.</summary>
    private static byte[] Workbook(int rows, long zeroBytes = 0)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                w.Write(text);
            }
            Entry("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry("xl/workbook.xml", """<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="人口库" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            using (var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), Encoding.UTF8))
            {
                w.Write("""<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                for (var i = 1; i <= rows; i++) w.Write($"""<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>姓名{i}</t></is></c></row>""");
                w.Write("</sheetData></worksheet>");
            }
            if (zeroBytes > 0)
            {
                using var bomb = zip.CreateEntry("xl/media/zeros.bin", CompressionLevel.Optimal).Open();
                var block = new byte[1 << 20];
                for (long written = 0; written < zeroBytes; written += block.Length) bomb.Write(block);
            }
        }
        return buffer.ToArray();
    }

    private static MultipartFormDataContent Upload(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(Spreadsheet.ContentType);
        return new MultipartFormDataContent { { file, "file", "人口库.xlsx" } };
    }

    [Fact]
    public async Task A_100000_row_workbook_is_refused_before_it_is_parsed_in_bounded_memory()
    {
        var bytes = Workbook(100_001);
        var admin = await app.ClientAsync("admin");
        GC.Collect();
        var before = Environment.WorkingSet;
        var p = await Problem.ReadAsync(await admin.PostAsync("/api/v1/base-libraries/population/import", Upload(bytes)), HttpStatusCode.BadRequest);
        Assert.Contains("超过 50,000 行", p.Errors["file"][0]);
        // ClosedXML took 6 GB for such a file; counting its rows takes a read buffer.
        Assert.True(Environment.WorkingSet - before < 300L * 1024 * 1024, $"working set grew by {(Environment.WorkingSet - before) / 1024 / 1024} MB");
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_by_what_it_would_expand_to()
    {
        var bytes = Workbook(2, zeroBytes: 210L * 1024 * 1024);
        Assert.True(bytes.Length < 5 * 1024 * 1024, $"{bytes.Length} bytes");
        var p = await Problem.ReadAsync(await (await app.ClientAsync("admin")).PostAsync("/api/v1/licences/import", Upload(bytes)), HttpStatusCode.BadRequest);
        Assert.Contains("解压后超过 200 MB", p.Errors["file"][0]);
    }

    [Fact]
    public void Past_200_errors_only_the_first_200_are_listed_with_the_count()
    {
        var errors = Enumerable.Range(1, 450).ToDictionary(i => $"rows[{i}].姓名", i => new[] { $"第 {i} 行：请填写姓名" });
        Assert.Equal(200, ImportErrors.First(errors).Count);
        Assert.Equal("rows[1].姓名", ImportErrors.First(errors).Keys.First());
        Assert.Contains("450", ImportErrors.Title(450));
        Assert.Equal(3, ImportErrors.First(errors.Take(3).ToDictionary()).Count);
    }
}
