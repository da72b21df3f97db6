using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Licences;
using Yiwang.Web.Features.Licences.Import;

namespace Yiwang.Tests.Features.Licences;

/// <summary>Bulk import of existing licences: all rows valid or nothing imported; imported ones are signed and reach their holders' wallets.</summary>
public class LicenceImportTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static MultipartFormDataContent Sheet(params object?[][] rows)
    {
        var bytes = Spreadsheet.Table("证照", ImportLicencesHandler.Columns, rows.Select(r => (IReadOnlyList<object?>)r));
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(Spreadsheet.ContentType);
        return new MultipartFormDataContent { { file, "file", "证照.xlsx" } };
    }

    private static readonly object?[] Deed = ["不动产权证书", "湘(2025)张家界市不动产权第0012345号", "张三", DemoData.CitizenIdNumber, "市自然资源和规划局", "2025-03-01", "长期", "坐落：永定区子午路1号；面积：98.5平方米"];
    private static readonly object?[] Business = ["营业执照", "92430800IMPORT0001", "张家界天门山旅游服务有限公司", DemoData.EnterpriseCreditCode, "市市场监管局", "2024-05-01", "长期", "类型：有限责任公司"];

    [Fact]
    public async Task One_bad_row_imports_nothing_and_good_rows_are_signed_and_reach_the_wallets()
    {
        var admin = await app.ClientAsync("admin");
        var before = await app.WithDbAsync(db => db.Licences.CountAsync());
        var p = await Problem.ReadAsync(await admin.PostAsync("/api/v1/licences/import",
            Sheet(Deed, ["营业执照", "BAD-ID-0001", "某公司", "123", "市市场监管局", "2024-13-01", "2023-01-01", ""])), HttpStatusCode.BadRequest);
        Assert.Contains("rows[3].持证主体证件号码", p.Errors.Keys);
        Assert.Contains("rows[3].发证日期", p.Errors.Keys);
        Assert.Equal(before, await app.WithDbAsync(db => db.Licences.CountAsync()));

        // A department admin imports only what their department issued.
        p = await Problem.ReadAsync(await (await app.ClientAsync("scjg-admin")).PostAsync("/api/v1/licences/import", Sheet(Deed)), HttpStatusCode.BadRequest);
        Assert.Contains("rows[2].发证机关", p.Errors.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("approver")).PostAsync("/api/v1/licences/import", Sheet(Deed))).StatusCode);

        var ok = await (await admin.PostAsync("/api/v1/licences/import", Sheet(Deed, Business))).ReadAsync<LicenceImportResult>();
        Assert.Equal(2, ok.Imported);
        var deed = Assert.Single(await (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>(), l => l.TypeName == "不动产权证书");
        Assert.Equal("98.5平方米", deed.Fields["面积"]);
        var verified = await (await (await app.ClientAsync()).GetAsync($"/api/v1/licences/{deed.Id}/verify")).ReadAsync<LicenceVerification>();
        Assert.True(verified.SignatureValid);
        Assert.Contains("市自然资源和规划局", verified.SealName);
        Assert.Contains(await (await (await app.ClientAsync("enterprise")).GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>(), l => l.Number == "92430800IMPORT0001");
        // The same numbers again are duplicates.
        p = await Problem.ReadAsync(await admin.PostAsync("/api/v1/licences/import", Sheet(Deed)), HttpStatusCode.BadRequest);
        Assert.Contains("重复", p.Errors["rows[2].证照编号"][0]);
    }

    [Fact]
    public async Task A_licence_imported_before_its_holder_registers_is_in_their_wallet_and_only_theirs()
    {
        // 王芳 has no account yet; 李四 is the demo enterprise's legal representative.
        var wang = DemoData.WithCheckDigit("43080219920815002");
        var li = DemoData.WithCheckDigit("43080219850612345");
        var admin = await app.ClientAsync("admin");
        Assert.Equal(2, (await (await admin.PostAsync("/api/v1/licences/import", Sheet(
            ["居民户口簿", "HK430802-0000815", "王芳", wang, "市公安局", "2020-06-01", "长期", "户号：430802000815"],
            ["结婚证", "J430802-2015-001234", "李四", li, "市民政局", "2015-10-01", "长期", ""]))).ReadAsync<LicenceImportResult>()).Imported);

        Assert.Equal(HttpStatusCode.Created, (await (await app.ClientAsync()).PostJsonAsync("/api/v1/accounts", new
        {
            userName = "wangfang", password = DemoData.Password, name = "王芳", idNumber = wang, phone = "13574401122", kind = "NaturalPerson",
        })).StatusCode);
        // Registered with her ID number (anyone who knows it could): L1, and her licences are not bound to the account.
        var wallet = await app.ClientAsync("wangfang");
        Assert.Empty(await (await wallet.GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>());
        // Proven in person at a window (the clerk holds her ID card): L3, and the wallet is hers.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("clerk")).PostJsonAsync("/api/v1/identity-checks", new { name = "王芳", idNumber = wang, cardSeen = true })).StatusCode);
        // The same session: its level follows the account's on the next request.
        var mine = await (await wallet.GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>();
        var book = Assert.Single(mine);
        Assert.Equal(("居民户口簿", "430802000815"), (book.TypeName, book.Fields["户号"]));
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("wangfang")).GetAsync($"/api/v1/licences/{book.Id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("citizen")).GetAsync($"/api/v1/licences/{book.Id}/pdf")).StatusCode);

        // The enterprise's account carries its representative's ID number, but his own licences are not the enterprise's.
        Assert.DoesNotContain(await (await (await app.ClientAsync("enterprise")).GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>(), l => l.TypeName == "结婚证");
    }
}
