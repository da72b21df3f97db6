using System.Net;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.Tests.Features.Staff;

/// <summary>Every staff console page renders for the role it is for, and only for it.</summary>
public class StaffPagesTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Theory]
    [InlineData("scjg-admin", "/staff/items", "个体工商户设立登记")]
    [InlineData("scjg-admin", "/staff/items?q=食品", "食品经营许可")]
    [InlineData("scjg-admin", "/staff/items/430800-XK-0001/edit", "个体工商户设立登记")]
    [InlineData("scjg-admin", "/staff/items/new", "新增事项")]
    [InlineData("scjg-admin", "/staff/catalog/report", "药品零售企业经营许可")]
    [InlineData("scjg-admin", "/staff/catalog/lists", "行政许可事项清单")]
    [InlineData("scjg-admin", "/staff/catalog/import", "目录导入")]
    [InlineData("admin", "/staff/org", "办不成事反映窗口")]
    [InlineData("admin", "/staff/accounts", "窗口受理员")]
    [InlineData("admin", "/staff/calendar?year=2026", "国庆节")]
    [InlineData("clerk", "/staff", "窗口受理员")]
    [InlineData("clerk", "/staff/workbench", "待受理")]
    [InlineData("approver", "/staff/workbench", "待审查")]
    [InlineData("clerk", "/staff/workbench?status=待受理", "查询结果")]
    public async Task Page_renders_for_its_role(string user, string path, string expected)
    {
        var client = await app.ClientAsync(user);
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Department_admin_sees_only_own_department_items()
    {
        var html = await (await app.ClientAsync("scjg-admin")).GetStringAsync("/staff/items");
        Assert.DoesNotContain("普通护照签发", html);
    }

    [Theory]
    [InlineData("clerk", "/staff/items")]
    [InlineData("scjg-admin", "/staff/org")]
    [InlineData("citizen", "/staff/accounts")]
    public async Task Other_roles_are_sent_to_the_denied_page(string user, string path)
    {
        var response = await (await app.ClientAsync(user)).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/denied", response.Headers.Location!.OriginalString);
    }
}
