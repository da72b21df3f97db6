using System.Net;
using System.Text;
using Microsoft.Playwright;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.DataSharing;

namespace Yiwang.BrowserTests.DataSharing;

/// <summary>
/// 五大库: the platform admin opens the sharing API to a department system for two fields of the
/// 人口库 and gets its key once; the 市公安局 admin (the 人口库's owner) loads residents from a CSV
/// — refused whole for one bad row, then loaded — and finds, in the access log, the system's read
/// of a new resident and its refused attempt at a field it was not granted.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class DataOwnerJourney(BrowserFixture fx)
{
    private static readonly string Resident = DemoData.WithCheckDigit("43080219700101888");

    [Fact]
    public async Task Grant_a_system_load_a_library_and_read_the_access_log()
    {
        var admin = await fx.SignedInAsync("admin", "/staff/data-sharing/clients");
        await BrowserFixture.JourneyAsync(admin, "data-sharing-clients", async () =>
        {
            await admin.GetByLabel("系统名称").FillAsync("不动产登记业务系统");
            await admin.GetByLabel("使用部门").SelectOptionAsync(new SelectOptionValue { Label = "市自然资源和规划局" });
            var population = admin.Locator("fieldset", new() { HasText = "人口库" });
            await population.GetByLabel("姓名").CheckAsync();
            await population.GetByLabel("户籍地址").CheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "开通并生成密钥" }).ClickAsync();
            var shown = await admin.GetByTestId("new-key").InnerTextAsync();
            var key = shown[shown.IndexOf("ywk_", StringComparison.Ordinal)..].Trim();
            Assert.Contains("不动产登记业务系统", await admin.GetByTestId("clients").InnerTextAsync());
            await admin.ReloadAsync();
            Assert.DoesNotContain(key, await admin.Locator("main").InnerTextAsync()); // shown once

            var owner = await fx.SignedInAsync("ga-admin", "/staff/data-sharing");
            await BrowserFixture.JourneyAsync(owner, "data-sharing-import", async () =>
            {
                await owner.Locator("[data-interactive]").WaitForAsync();
                var before = await owner.Locator("tr[data-library=population] td").Nth(2).InnerTextAsync();
                await owner.Locator("input[type=file]").SetInputFilesAsync(Csv(
                    $"张建国,{Resident},汉族,张家界市永定区西溪坪街道西溪坪社区官黎坪路5号,13907449988,430802001001",
                    "李小红,43080219750202123X,土家族,张家界市永定区,1390744,430802001001"));
                await owner.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
                var error = owner.GetByRole(AriaRole.Alert);
                await error.WaitForAsync();
                Assert.Contains("未导入任何数据", await error.InnerTextAsync());
                Assert.Contains("rows[3].身份证号码", await error.InnerTextAsync());
                Assert.Contains("rows[3].手机号码", await error.InnerTextAsync());
                Assert.Equal(before, await owner.Locator("tr[data-library=population] td").Nth(2).InnerTextAsync());

                await owner.Locator("input[type=file]").SetInputFilesAsync(Csv($"张建国,{Resident},汉族,张家界市永定区西溪坪街道西溪坪社区官黎坪路5号,13907449988,430802001001"));
                await owner.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
                await owner.GetByRole(AriaRole.Status).Filter(new() { HasText = "新增 1 条" }).WaitForAsync();
                Assert.Equal((int.Parse(before) + 1).ToString(), await owner.Locator("tr[data-library=population] td").Nth(2).InnerTextAsync());

                // The system reads what it was granted, and is refused the phone number.
                var system = await fx.App.ClientAsync();
                system.DefaultRequestHeaders.Add(ApiClient.KeyHeader, key);
                var read = await system.GetAsync($"/api/v1/share/population/{Resident}?fields=name,address&purpose=不动产登记&caseNumber=BDC-2026-0042");
                Assert.Equal(HttpStatusCode.OK, read.StatusCode);
                Assert.Contains("官黎坪路5号", await read.Content.ReadAsStringAsync());
                Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync($"/api/v1/share/population/{Resident}?fields=phone&purpose=不动产登记")).StatusCode);

                await owner.GotoAsync("/staff/data-sharing/access-log");
                await owner.GetByLabel("数据主体（身份证号码、信用代码或地址）").FillAsync(Resident);
                await owner.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
                await owner.WaitForURLAsync("**/access-log?*subject=*");
                var log = await owner.GetByTestId("access-log").InnerTextAsync();
                Assert.Contains("不动产登记业务系统", log);
                Assert.Contains("BDC-2026-0042", log);
                Assert.Contains("越权拒绝", log);
                Assert.DoesNotContain(Resident, log); // the subject is shown masked
            });
            await owner.Context.CloseAsync();
        });
    }

    private static FilePayload Csv(params string[] rows) => new()
    {
        Name = "人口库.csv", MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes("姓名,身份证号码,民族,户籍地址,手机号码,户籍地区划代码\n" + string.Join("\n", rows) + "\n"),
    };
}
