using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.DataSharing.Import;

namespace Yiwang.Tests.Features.DataSharing;

/// <summary>数据归集: a library import is checked row by row and written all or nothing, by the library's owner.</summary>
public class LibraryImportTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static MultipartFormDataContent File(byte[] bytes, string name, string type)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static MultipartFormDataContent Csv(string text, Encoding? encoding = null) => File((encoding ?? Encoding.UTF8).GetBytes(text), "人口.csv", "text/csv");

    [Fact]
    public async Task A_population_file_with_one_bad_row_imports_nothing_and_a_good_one_is_encrypted_and_searchable()
    {
        var police = await app.ClientAsync("ga-admin");
        var before = await app.WithDbAsync(db => db.PersonRecords.CountAsync());
        var good = DemoData.WithCheckDigit("43080220000101123");
        var bad = await Problem.ReadAsync(await police.PostAsync("/api/v1/base-libraries/population/import", Csv(
            "姓名,身份证号码,民族,户籍地址,手机号码,户籍地区划代码\n" +
            $"向阳,{good},土家族,\"张家界市永定区解放路1号, 2栋\",13800001111,430802001001\n" +
            "错号,430802200001011230,汉族,,12345,999999999999\n")), HttpStatusCode.BadRequest);
        Assert.Contains("rows[3].身份证号码", bad.Errors.Keys);
        Assert.Contains("rows[3].手机号码", bad.Errors.Keys);
        Assert.Contains("rows[3].户籍地区划代码", bad.Errors.Keys);
        Assert.Equal(before, await app.WithDbAsync(db => db.PersonRecords.CountAsync()));

        // Excel's default CSV encoding in China (GB18030) is read as such.
        var ok = await (await police.PostAsync("/api/v1/base-libraries/population/import", Csv(
            "姓名,身份证号码,民族,户籍地址,手机号码,户籍地区划代码\r\n" +
            $"向阳,{good},土家族,\"张家界市永定区解放路1号, 2栋\",13800001111,430802001001\r\n" +
            $"李四,{DemoData.WithCheckDigit("43080219850612345")},土家族,张家界市永定区大庸路99号,,\r\n",
            CodePages()))).ReadAsync<LibraryImportResult>();
        Assert.Equal((1, 1), (ok.Added, ok.Updated));
        var person = await app.WithDbAsync(db => db.PersonRecords.SingleAsync(p => p.Name == "向阳"));
        Assert.Equal(("男", new DateOnly(2000, 1, 1), "张家界市永定区解放路1号, 2栋"), (person.Gender, person.BirthDate, person.Address));
        Assert.Equal("张家界市永定区大庸路99号", await app.WithDbAsync(db => db.PersonRecords.Where(p => p.Name == "李四").Select(p => p.Address).SingleAsync()));

        // Only the owner (市公安局) or the platform admin loads the 人口库.
        await Problem.ReadAsync(await (await app.ClientAsync("scjg-admin")).PostAsync("/api/v1/base-libraries/population/import", Csv("姓名,身份证号码\n某,1\n")), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("approver")).PostAsync("/api/v1/base-libraries/population/import", Csv("姓名\n"))).StatusCode);
        Assert.Contains("file", (await Problem.ReadAsync(await police.PostAsync("/api/v1/base-libraries/population/import",
            File([1, 2, 3], "x.xlsx", Spreadsheet.ContentType)), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await police.PostAsync("/api/v1/base-libraries/weather/import", Csv("a\n"))).StatusCode);
    }

    [Fact]
    public async Task Legal_persons_credit_entries_and_addresses_import_from_xlsx()
    {
        var admin = await app.ClientAsync("admin");
        var code = DemoData.WithCreditCheck("91430802MA4L00099");
        var entities = Spreadsheet.Table("法人", ImportLibraryHandler.Columns(Yiwang.Web.Features.DataSharing.BaseLibrary.LegalEntity),
            [[code, "张家界溪布街文化旅游有限公司", "有限责任公司", "田军", DemoData.WithCheckDigit("43080219800808123"), "张家界市永定区大庸桥街道溪布街1号", "300", "2015-08-08", "存续", "张家界市市场监督管理局", "430802002000"]]);
        Assert.Equal(1, (await (await admin.PostAsync("/api/v1/base-libraries/legal-entity/import", File(entities, "法人.xlsx", Spreadsheet.ContentType))).ReadAsync<LibraryImportResult>()).Added);

        var credit = Spreadsheet.Table("信用", ImportLibraryHandler.Columns(Yiwang.Web.Features.DataSharing.BaseLibrary.Credit),
        [
            ["张家界溪布街文化旅游有限公司", code, "红名单", "A级纳税人", "国家税务总局张家界市税务局", "2026-01-05", "2027-01-04"],
            ["某某", "123", "灰名单", "", "", "2026-13-01", ""],
        ]);
        var p = await Problem.ReadAsync(await admin.PostAsync("/api/v1/base-libraries/credit/import", File(credit, "信用.xlsx", Spreadsheet.ContentType)), HttpStatusCode.BadRequest);
        Assert.Equal(["rows[3].事由", "rows[3].名单类别", "rows[3].认定日期", "rows[3].认定部门", "rows[3].证件号码"], p.Errors.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.False(await app.WithDbAsync(db => db.CreditRecords.AnyAsync(c => c.SubjectName == "张家界溪布街文化旅游有限公司")));

        var places = Spreadsheet.Table("地址", ImportLibraryHandler.Columns(Yiwang.Web.Features.DataSharing.BaseLibrary.Geospatial),
            [["张家界市永定区大庸桥街道溪布街1号", "430802002001", "110.478871", "29.122503"], ["某地", "430802002001", "200", "95"]]);
        p = await Problem.ReadAsync(await admin.PostAsync("/api/v1/base-libraries/geospatial/import", File(places, "地址.xlsx", Spreadsheet.ContentType)), HttpStatusCode.BadRequest);
        Assert.Equal(["rows[3].标准地址", "rows[3].纬度", "rows[3].经度"], p.Errors.Keys.Order(StringComparer.Ordinal).ToList());

        var counts = await (await admin.GetAsync("/api/v1/base-libraries")).ReadAsync<List<Yiwang.Web.Features.DataSharing.Console.LibraryCount>>();
        Assert.Equal(["population", "legal-entity", "credit", "geospatial", "licence", "enterprise-data"], counts.Select(c => c.Code));
        Assert.Equal(7, counts.Single(c => c.Code == "legal-entity").Records);
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
