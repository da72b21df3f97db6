using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Policies;

/// <summary>惠企政策清单: a department admin writes a policy with a clause and a dated parameter, is told where a rule is wrong, and publishes it.</summary>
[Collection(nameof(BrowserCollection))]
public class PolicyEditorJourney(BrowserFixture fx)
{
    [Fact]
    public async Task A_department_admin_writes_and_publishes_a_policy_and_a_wrong_rule_is_pointed_out()
    {
        await using var desks = new SignedInPages(fx);
        var admin = await desks.OfAsync("gx-admin");
        await BrowserFixture.JourneyAsync(admin, "policy-editor", async () =>
        {
            await admin.GotoAsync("/staff/policies");
            Assert.True(await admin.GetByTestId("policy-row").CountAsync() >= 1); // the department's own demo policies
            var form = admin.GetByTestId("new-policy");
            await form.GetByLabel("政策编码").FillAsync("ZJJ-2026-GXTEST");
            await form.GetByRole(AriaRole.Button, new() { Name = "新建政策" }).ClickAsync();
            await admin.WaitForURLAsync("**/staff/policies/new?*");
            await admin.Locator("[data-interactive]").WaitForAsync();
            await admin.Locator("[name=title]").FillAsync("张家界市工业企业技术改造奖励办法（测试）");
            await admin.Locator("[name=documentNumber]").FillAsync("张工信发〔2026〕9号");
            await admin.Locator("[name=fullText]").FillAsync("对上年度研发投入较多的工业企业给予技术改造奖励。");
            await admin.Locator("[name=interpretation]").FillAsync("按研发投入的5%奖励，最高20万元。");
            var clause = admin.GetByTestId("clause").First;
            await clause.Locator("[name='clauses[0].title']").FillAsync("技术改造奖励");
            await clause.Locator("[name='clauses[0].eligibility']").FillAsync("industry_section = C and rd_spend >= 是");
            await clause.Locator("[name='clauses[0].amount']").FillAsync("min(rd_spend * 5%, 20万元)");
            await clause.Locator("[name='clauses[0].conditions']").FillAsync("制造业企业，上年度研发投入100万元以上。");
            await clause.Locator("[name='clauses[0].guide']").FillAsync("惠及对象：制造业企业。免于申报，平台比对后推送确认。电话：0744-8222222");
            await admin.GetByTestId("save").ClickAsync();
            var error = admin.GetByTestId("error");
            await error.WaitForAsync();
            Assert.Contains("第38个字符", await error.InnerTextAsync());
            await clause.Locator("[name='clauses[0].eligibility']").FillAsync("industry_section = C and rd_spend >= 100万元 and credit_ok");
            await admin.GetByTestId("publish").ClickAsync();
            await admin.GetByTestId("status").Filter(new() { HasText = "已发布第 1 版" }).WaitForAsync();
            await admin.GotoAsync("/policies/ZJJ-2026-GXTEST");
            Assert.Contains("技术改造奖励", await admin.Locator("main").InnerTextAsync());
        });
    }
}
