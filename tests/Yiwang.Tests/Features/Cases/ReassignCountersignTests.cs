using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;
using Yiwang.Web.Features.Cases.Workbench;

namespace Yiwang.Tests.Features.Cases;

public class ReassignCountersignTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<string> AcceptedFoodLicenceAsync()
    {
        var c = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = "430800-XK-0005" })).ReadAsync<CaseSummary>();
        await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { })).ReadAsync<CaseSummary>();
        return c.Number;
    }

    [Fact]
    public async Task Reassigned_case_is_handled_by_the_new_assignee_only()
    {
        var number = await AcceptedFoodLicenceAsync();
        var approver = await app.ClientAsync("approver");
        var bad = await Problem.ReadAsync(await approver.PostJsonAsync($"/api/v1/cases/{number}/reassign", new { toApprover = "clerk", reason = "x" }), HttpStatusCode.BadRequest);
        Assert.Contains("toApprover", bad.Errors.Keys);
        await (await approver.PostJsonAsync($"/api/v1/cases/{number}/reassign", new { toApprover = "approver2", reason = "出差，转同事办理" })).ReadAsync<CaseSummary>();
        await Problem.ReadAsync(await approver.PostJsonAsync($"/api/v1/cases/{number}/pass", new { }), HttpStatusCode.Forbidden);
        var approver2 = await app.ClientAsync("approver2");
        var queues = await (await approver2.GetAsync("/api/v1/workbench")).ReadAsync<List<Queue>>();
        Assert.Contains(queues.Single(q => q.Name == "待审查").Cases, c => c.Number == number);
        Assert.Equal("决定", (await (await approver2.PostJsonAsync($"/api/v1/cases/{number}/pass", new { })).ReadAsync<CaseSummary>()).Step);
    }

    [Fact]
    public async Task Countersign_blocks_the_case_until_the_other_department_answers()
    {
        var number = await AcceptedFoodLicenceAsync();
        var approver = await app.ClientAsync("approver");
        var fireDept = await app.WithDbAsync(db => Task.FromResult(db.Departments.Single(d => d.Name == "市消防救援支队").Id));
        await (await approver.PostJsonAsync($"/api/v1/cases/{number}/request-countersign", new { departmentId = fireDept, note = "请核实经营场所消防条件" })).ReadAsync<CaseSummary>();
        var blocked = await Problem.ReadAsync(await approver.PostJsonAsync($"/api/v1/cases/{number}/pass", new { }), HttpStatusCode.Conflict);
        Assert.Contains("会签尚未完成", blocked.Detail);

        var fire = await app.ClientAsync("xf-approver");
        var queues = await (await fire.GetAsync("/api/v1/workbench")).ReadAsync<List<Queue>>();
        Assert.Contains(queues.Single(q => q.Name == "待会签").Cases, c => c.Number == number);
        await Problem.ReadAsync(await fire.PostJsonAsync($"/api/v1/cases/{number}/pass", new { }), HttpStatusCode.Forbidden);
        await (await fire.PostJsonAsync($"/api/v1/cases/{number}/countersign", new { agree = true, opinion = "消防条件符合要求" })).ReadAsync<CaseSummary>();

        var view = await (await approver.GetAsync($"/api/v1/cases/{number}")).ReadAsync<CaseView>();
        Assert.Equal("消防条件符合要求", view.Countersigns.Single().Opinion);
        Assert.Equal("决定", (await (await approver.PostJsonAsync($"/api/v1/cases/{number}/pass", new { })).ReadAsync<CaseSummary>()).Step);
        await Problem.ReadAsync(await approver.PostJsonAsync($"/api/v1/cases/{number}/request-countersign", new { departmentId = 99999 }), HttpStatusCode.BadRequest);
    }
}
