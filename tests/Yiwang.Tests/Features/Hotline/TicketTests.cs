using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Yiwang.Tests.Features.Cases;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Hotline;
using Yiwang.Web.Features.Hotline.Read;
using Yiwang.Web.Features.Hotline.Submit;

namespace Yiwang.Tests.Features.Hotline;

/// <summary>接诉即办 rules: limits per kind on working days, the state machine, 退单 and 重办 once.</summary>
public class TicketRuleTests
{
    private static readonly TicketLimits Limits = new(new ConfigurationBuilder().Build());
    private static readonly DateTimeOffset At = new(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 9, 30); // the eve of the National Day holiday

    private static Ticket New(TicketKind kind, TicketChannel channel = TicketChannel.Phone) => Ticket.Receive(
        new TicketIntake(channel, kind, "0301", "小区门口餐馆卫生差", false, "王五", "13800000000", "idx", null, null, null, null, null, null, null, false),
        "12345-20260930-000001", "agent", At, Day, Limits.DaysFor(kind, channel));

    [Fact]
    public void Limits_follow_the_kind_and_the_working_day_calendar()
    {
        Assert.Equal((2, 10, 10, 15, 15), (Limits.DaysFor(TicketKind.Consultation, TicketChannel.Phone), Limits.DaysFor(TicketKind.Help, TicketChannel.Web),
            Limits.DaysFor(TicketKind.Suggestion, TicketChannel.Web), Limits.DaysFor(TicketKind.Complaint, TicketChannel.Phone), Limits.DaysFor(TicketKind.Report, TicketChannel.Phone)));
        Assert.Equal(3, Limits.DaysFor(TicketKind.Complaint, TicketChannel.CannotGetDone));
        var t = New(TicketKind.Complaint);
        t.Dispatch("agent", At, Day, 7, [8, 7], "市市场监管局", CaseStateMachineTests.Calendar, Limits);
        // 15 working days from 2026-09-30 across the 10-1 holiday (and its 调休 Saturday 10-10 counting as a working day).
        Assert.Equal(CaseStateMachineTests.Calendar.AddWorkingDays(Day, 15).Date, t.Due);
        Assert.True(t.Due > Day.AddDays(21));
        Assert.Equal([8], t.CoDepartmentIds);
        Assert.Contains("15 个工作日", t.DueExplanation);
    }

    [Fact]
    public void Only_a_consultation_is_answered_at_once_and_a_return_is_late_after_one_working_day()
    {
        Assert.Throws<TicketTransitionException>(() => New(TicketKind.Complaint).AnswerDirectly("agent", At, "答复"));
        var asked = New(TicketKind.Consultation);
        asked.AnswerDirectly("agent", At, "办理地点在市政务服务中心");
        Assert.Equal((TicketStatus.Closed, true), (asked.Status, asked.Resolved));

        var t = New(TicketKind.Complaint);
        t.Dispatch("agent", At, Day, 7, [], "市市场监管局", CaseStateMachineTests.Calendar, Limits);
        var late = Assert.Throws<TicketTransitionException>(() => t.Return("scjg", At, new DateOnly(2026, 10, 12), "不属于本单位", CaseStateMachineTests.Calendar, Limits));
        Assert.Contains("已超过退单期限", late.Message);
        Assert.Equal("reason", Assert.Throws<TicketTransitionException>(() => t.Return("scjg", At, Day, " ", CaseStateMachineTests.Calendar, Limits)).Field);
        t.Return("scjg", At, Day, "餐饮油烟属城管", CaseStateMachineTests.Calendar, Limits);
        Assert.Equal((TicketStatus.Returned, (int?)null), (t.Status, t.LeadDepartmentId));
    }

    [Fact]
    public void A_closed_ticket_is_reopened_once_and_only_when_unresolved_or_unsatisfied()
    {
        var t = New(TicketKind.Help);
        t.Dispatch("agent", At, Day, 7, [], "市市场监管局", CaseStateMachineTests.Calendar, Limits);
        t.Sign("scjg", At);
        t.Answer("scjg", At, "已现场检查并责令整改");
        t.Review("agent", At, true, null);
        t.Callback("agent", At, resolved: true, Satisfaction.Satisfied, null);
        Assert.Throws<TicketTransitionException>(() => t.Reopen("agent", At, Day, "诉求人仍不满", CaseStateMachineTests.Calendar, Limits));

        var u = New(TicketKind.Help);
        u.Dispatch("agent", At, Day, 7, [], "市市场监管局", CaseStateMachineTests.Calendar, Limits);
        u.Sign("scjg", At);
        u.Answer("scjg", At, "已处理");
        Assert.Equal("note", Assert.Throws<TicketTransitionException>(() => u.Review("agent", At, false, null)).Field);
        u.Review("agent", At, false, "未说明处理结果");
        Assert.Equal(TicketStatus.Handling, u.Status);
        u.Answer("scjg", At, "已责令停业整改，复查合格");
        u.Review("agent", At, true, null);
        u.Callback("agent", At, resolved: false, Satisfaction.Unsatisfied, "仍有油烟");
        var next = new DateOnly(2026, 10, 9);
        u.Reopen("agent", At, next, "回访不满意", CaseStateMachineTests.Calendar, Limits);
        Assert.Equal((TicketStatus.Dispatched, true, (int?)7), (u.Status, u.Reopened, u.LeadDepartmentId));
        Assert.Equal(CaseStateMachineTests.Calendar.AddWorkingDays(next, 10).Date, u.Due);
        u.Sign("scjg", At);
        u.Answer("scjg", At, "再次复查");
        u.Review("agent", At, true, null);
        u.Callback("agent", At, false, Satisfaction.Unsatisfied, null);
        Assert.Contains("已重办过一次", Assert.Throws<TicketTransitionException>(() => u.Reopen("agent", At, next, "再办", CaseStateMachineTests.Calendar, Limits)).Message);
    }
}

/// <summary>Tickets over HTTP: channels, the whole handling chain, confidentiality of a 举报 reporter, bad input.</summary>
public class TicketFlowTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private Task<int> DepartmentAsync(string name) => app.WithDbAsync(db => db.Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync());

    private static async Task<TicketView> ActAsync(HttpClient c, string number, string action, object body)
    {
        var r = await c.PostJsonAsync($"/api/v1/tickets/{number}/{action}", body);
        Assert.True(r.IsSuccessStatusCode, $"{action}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.ReadAsync<TicketView>();
    }

    [Fact]
    public async Task A_call_goes_from_dispatch_through_return_extension_reply_review_and_callback_to_a_reopening()
    {
        var agent = await app.ClientAsync("agent");
        var created = await (await agent.PostJsonAsync("/api/v1/tickets", new
        {
            channel = "Phone", kind = "Complaint", categoryCode = "0301", content = "永定区解放路某餐馆后厨卫生脏乱，多次反映无果", callerName = "王五", callerPhone = "138 0000 0000",
            address = "张家界市永定区解放路88号", divisionCode = "430802000000",
        })).ReadAsync<TicketCreated>();
        Assert.Equal((15, "待派单"), (created.LimitDays, created.Status));
        var scjg = await DepartmentAsync("市市场监管局");
        var cg = await DepartmentAsync("市城市管理和综合执法局");

        // Misrouted to 城管, returned with its reason, re-dispatched to 市场监管 with 城管 assisting.
        await ActAsync(agent, created.Number, "dispatch", new { leadDepartmentId = cg });
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/tickets/{created.Number}/sign", new { })).StatusCode); // not its ticket
        var cgStaff = await app.ClientAsync(Yiwang.Tests.Data.FinishableDemoTests.ApproverFor("市城市管理和综合执法局"));
        var returned = await ActAsync(cgStaff, created.Number, "return", new { reason = "食品卫生属市场监管职责" });
        Assert.Equal(TicketStatus.Returned, returned.StatusCode);
        await ActAsync(agent, created.Number, "dispatch", new { leadDepartmentId = scjg, coDepartmentIds = new[] { cg } });
        var scjgStaff = await app.ClientAsync("approver");
        await ActAsync(scjgStaff, created.Number, "sign", new { });
        var asked = await ActAsync(scjgStaff, created.Number, "extension", new { days = 5, reason = "需会同城管联合检查，已告知诉求人" });
        var extended = await ActAsync(agent, created.Number, "extension/decide", new { approve = true });
        Assert.True(extended.Due > asked.Due);
        // The department sees the caller masked; the reply goes to the centre's review first.
        var seen = await (await scjgStaff.GetAsync($"/api/v1/tickets/{created.Number}")).ReadAsync<TicketView>();
        Assert.Equal("138****0000", seen.CallerPhone);
        await ActAsync(scjgStaff, created.Number, "reply", new { reply = "已联合检查，责令停业整改，复查合格后方可营业" });
        await Problem.ReadAsync(await agent.PostJsonAsync($"/api/v1/tickets/{created.Number}/review", new { adequate = false }), HttpStatusCode.BadRequest);
        await ActAsync(agent, created.Number, "review", new { adequate = true });
        var closed = await ActAsync(agent, created.Number, "callback", new { resolved = false, satisfaction = "Unsatisfied", note = "仍在营业" });
        Assert.Equal((TicketStatus.Closed, false, "不满意"), (closed.StatusCode, closed.Resolved, closed.Satisfaction));
        var reopened = await ActAsync(agent, created.Number, "reopen", new { reason = "回访不满意：仍在营业" });
        Assert.Equal((TicketStatus.Dispatched, true, "市市场监管局"), (reopened.StatusCode, reopened.Reopened, reopened.LeadDepartment));
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostJsonAsync($"/api/v1/tickets/{created.Number}/reopen", new { reason = "再次" })).StatusCode);
        Assert.Contains(reopened.Events, e => e.Action == "退单" && e.Detail == "食品卫生属市场监管职责");
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "ticket.reopen" && a.Subject == $"ticket:{created.Number}")));
        // The caller's phone is encrypted at rest.
        Assert.DoesNotContain("13800000000", await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"CallerPhone\" AS \"Value\" FROM \"Tickets\" WHERE \"CallerPhone\" IS NOT NULL").FirstAsync()));
    }

    [Fact]
    public async Task A_report_hides_its_reporter_from_the_department_and_a_consultation_is_answered_at_once()
    {
        var agent = await app.ClientAsync("agent");
        var report = await (await agent.PostJsonAsync("/api/v1/tickets", new
        {
            channel = "Phone", kind = "Report", categoryCode = "0302", content = "某超市价签与结算价不符", callerName = "赵六", callerPhone = "13911112222",
        })).ReadAsync<TicketCreated>();
        await ActAsync(agent, report.Number, "dispatch", new { leadDepartmentId = await DepartmentAsync("市市场监管局") });
        var department = await (await (await app.ClientAsync("approver")).GetAsync($"/api/v1/tickets/{report.Number}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("赵", department);
        Assert.DoesNotContain("2222", department);
        Assert.Contains("举报人信息保密", department);
        var centre = await (await agent.GetAsync($"/api/v1/tickets/{report.Number}")).ReadAsync<TicketView>();
        Assert.Equal("139****2222", centre.CallerPhone);
        // Another department does not see it at all.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("rs-approver")).GetAsync($"/api/v1/tickets/{report.Number}")).StatusCode);

        var question = await (await agent.PostJsonAsync("/api/v1/tickets", new { channel = "Phone", kind = "Consultation", categoryCode = "0101", content = "办居住证要带什么", anonymous = true })).ReadAsync<TicketCreated>();
        var answered = await ActAsync(agent, question.Number, "answer", new { answer = "本人身份证和居住证明，到户籍窗口办理" });
        Assert.Equal(("已办结", "匿名"), (answered.Status, answered.Caller));
    }

    [Fact]
    public async Task Each_channel_is_open_to_its_own_people_and_bad_input_is_named()
    {
        var citizen = await app.ClientAsync("citizen");
        var mine = await (await citizen.PostJsonAsync("/api/v1/tickets", new { channel = "MayorMailbox", kind = "Suggestion", categoryCode = "0701", content = "建议增开火车站至天门山的夜间公交", mayPublish = true })).ReadAsync<TicketCreated>();
        var own = await (await citizen.GetAsync($"/api/v1/tickets/{mine.Number}")).ReadAsync<TicketView>();
        Assert.Equal("张三", own.Caller);
        Assert.Contains(await (await citizen.GetAsync("/api/v1/tickets")).ReadAsync<List<TicketRow>>(), t => t.Number == mine.Number);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("lisi")).GetAsync($"/api/v1/tickets/{mine.Number}")).StatusCode);

        var anonymous = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await anonymous.PostJsonAsync("/api/v1/tickets", new { channel = "Web", kind = "Complaint", categoryCode = "0604", content = "夜间工地施工噪声", anonymous = true })).StatusCode);
        var noPhone = await Problem.ReadAsync(await anonymous.PostJsonAsync("/api/v1/tickets", new { channel = "Web", kind = "Complaint", categoryCode = "0604", content = "噪声" }), HttpStatusCode.BadRequest);
        Assert.Contains("callerPhone", noPhone.Errors.Keys);
        var bad = await Problem.ReadAsync(await anonymous.PostJsonAsync("/api/v1/tickets", new { channel = "Web", kind = "Complaint", categoryCode = "9999", content = " ", callerPhone = "12345", divisionCode = "110101" }), HttpStatusCode.BadRequest);
        Assert.Equal(["callerPhone", "categoryCode", "content", "divisionCode"], bad.Errors.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.PostJsonAsync("/api/v1/tickets", new { channel = "Phone", kind = "Help", categoryCode = "0401", content = "欠薪", callerPhone = "13800000001" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostJsonAsync("/api/v1/tickets", new { channel = "Enterprise", kind = "Help", categoryCode = "0204", content = "用电报装慢" })).StatusCode);
        var sourceless = await Problem.ReadAsync(await (await app.ClientAsync("agent")).PostJsonAsync("/api/v1/tickets", new { channel = "Petition", kind = "Complaint", categoryCode = "0401", content = "信访转办：欠薪", callerPhone = "13800000002" }), HttpStatusCode.BadRequest);
        Assert.Contains("sourceNumber", sourceless.Errors.Keys);

        // 办不成事 at the hall: a short limit, first in the queue.
        var clerk = await app.ClientAsync("clerk");
        var stuck = await (await clerk.PostJsonAsync("/api/v1/tickets", new { channel = "CannotGetDone", kind = "Help", categoryCode = "0105", content = "二手房过户因历史遗留问题无法办理", callerName = "孙七", callerPhone = "13700000000" })).ReadAsync<TicketCreated>();
        Assert.Equal(3, stuck.LimitDays);
        var queue = await (await (await app.ClientAsync("agent")).GetAsync("/api/v1/tickets")).ReadAsync<List<TicketRow>>();
        Assert.True(queue.First().Priority);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostJsonAsync("/api/v1/tickets", new { channel = "CannotGetDone", kind = "Help", categoryCode = "0105", content = "x" })).StatusCode);
    }
    [Fact]
    public async Task A_published_letter_appears_with_its_reviewed_reply_and_the_mailbox_counts_it()
    {
        var citizen = await app.ClientAsync("citizen");
        var letter = await (await citizen.PostJsonAsync("/api/v1/tickets", new { channel = "MayorMailbox", kind = "Suggestion", categoryCode = "0303", content = "建议景区周边推行明码标价", mayPublish = true })).ReadAsync<TicketCreated>();
        var agent = await app.ClientAsync("agent");
        await ActAsync(agent, letter.Number, "dispatch", new { leadDepartmentId = await DepartmentAsync("市市场监管局") });
        var scjg = await app.ClientAsync("approver");
        await ActAsync(scjg, letter.Number, "sign", new { });
        await ActAsync(scjg, letter.Number, "reply", new { reply = "已开展明码标价专项检查" });
        var before = await (await (await app.ClientAsync()).GetAsync("/api/v1/mayor-mailbox")).ReadAsync<Yiwang.Web.Features.Hotline.Mailbox.MailboxView>();
        Assert.DoesNotContain(before.Letters, l => l.Number == letter.Number); // not before the centre passes the reply
        await ActAsync(agent, letter.Number, "review", new { adequate = true });
        var after = await (await (await app.ClientAsync()).GetAsync("/api/v1/mayor-mailbox")).ReadAsync<Yiwang.Web.Features.Hotline.Mailbox.MailboxView>();
        var published = Assert.Single(after.Letters, l => l.Number == letter.Number);
        Assert.Equal(("已开展明码标价专项检查", "市市场监管局"), (published.Reply, published.Department));
        Assert.True(after.Stats.Replied >= 1 && after.Stats.RepliedOnTime >= 1 && after.Stats.Received >= after.Stats.Replied);
        Assert.DoesNotContain("张三", await (await (await app.ClientAsync()).GetAsync("/api/v1/mayor-mailbox")).Content.ReadAsStringAsync());
    }
}

/// <summary>重复诉求: the same caller about the same matter within 30 days is offered for merging, and merged.</summary>
public class TicketDuplicateTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task A_repeat_call_is_offered_for_merging_and_merged_into_the_open_ticket()
    {
        // A session does not outlive the days the clock moves: the agent signs in again after each.
        var agent = await app.ClientAsync("agent");
        async Task<string> CallAsync(string phone, string category) => (await (await agent.PostJsonAsync("/api/v1/tickets", new
            { channel = "Phone", kind = "Complaint", categoryCode = category, content = "小区门口夜间施工噪声", callerPhone = phone })).ReadAsync<TicketCreated>()).Number;
        var first = await CallAsync("13600000001", "0604");
        app.Clock.Advance(TimeSpan.FromDays(3));
        agent = await app.ClientAsync("agent");
        var repeat = await CallAsync("136 0000 0001", "0604");
        var other = await CallAsync("13600000001", "0301"); // another matter
        var view = await (await agent.GetAsync($"/api/v1/tickets/{repeat}")).ReadAsync<TicketView>();
        Assert.Equal([first], view.PossibleDuplicates);
        Assert.Empty((await (await agent.GetAsync($"/api/v1/tickets/{other}")).ReadAsync<TicketView>()).PossibleDuplicates!);
        var refused = await Problem.ReadAsync(await agent.PostJsonAsync($"/api/v1/tickets/{repeat}/merge", new { into = other }), HttpStatusCode.BadRequest);
        Assert.Contains("into", refused.Errors.Keys);
        var merged = await (await agent.PostJsonAsync($"/api/v1/tickets/{repeat}/merge", new { into = first })).ReadAsync<TicketView>();
        Assert.Equal((TicketStatus.Closed, first), (merged.StatusCode, merged.MergedInto));
        Assert.Contains((await (await agent.GetAsync($"/api/v1/tickets/{first}")).ReadAsync<TicketView>()).Events, e => e.Action == "合并" && e.Detail!.Contains(repeat));
        // Thirty days on, a call about the same matter is a new one.
        app.Clock.Advance(TimeSpan.FromDays(31));
        agent = await app.ClientAsync("agent");
        var later = await CallAsync("13600000001", "0604");
        Assert.Empty((await (await agent.GetAsync($"/api/v1/tickets/{later}")).ReadAsync<TicketView>()).PossibleDuplicates!);
    }
}

/// <summary>三率 on the dashboard: 响应率 from sign-for dates, 解决率 and 满意率 from the 回访.</summary>
public class HotlineRatesTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Response_resolution_and_satisfaction_are_counted_from_the_tickets()
    {
        var agent = await app.ClientAsync("agent");
        var scjg = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "市市场监管局").Select(d => d.Id).SingleAsync());
        async Task<string> NewAsync(string content)
        {
            var created = await (await agent.PostJsonAsync("/api/v1/tickets", new { channel = "Phone", kind = "Complaint", categoryCode = "0303", content, callerPhone = "13800000009" })).ReadAsync<TicketCreated>();
            Assert.Equal(HttpStatusCode.OK, (await agent.PostJsonAsync($"/api/v1/tickets/{created.Number}/dispatch", new { leadDepartmentId = scjg })).StatusCode);
            return created.Number;
        }
        var handled = await NewAsync("网购商品质量问题");
        var ignored = await NewAsync("退货被拒");
        var approver = await app.ClientAsync("approver");
        foreach (var (action, body) in new (string, object)[] { ("sign", new { }), ("reply", new { reply = "已调解，商家同意退货" }) })
            Assert.Equal(HttpStatusCode.OK, (await approver.PostJsonAsync($"/api/v1/tickets/{handled}/{action}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.PostJsonAsync($"/api/v1/tickets/{handled}/review", new { adequate = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.PostJsonAsync($"/api/v1/tickets/{handled}/callback", new { resolved = true, satisfaction = "FairlySatisfied" })).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(3)); // past the other one's sign-for date

        var report = await (await (await app.ClientAsync("supervisor")).GetAsync("/api/v1/indicators?from=2026-11-01&to=2026-11-30")).ReadAsync<Yiwang.Web.Features.Indicators.IndicatorReport>();
        Yiwang.Web.Features.Indicators.IndicatorValue V(string key) => report.Indicators.Single(i => i.Key == key);
        Assert.Equal((1.0, 2.0), (V("hotline-response-rate").Numerator, V("hotline-response-rate").Denominator));
        Assert.Equal((1.0, 1.0), (V("hotline-resolution-rate").Numerator, V("hotline-resolution-rate").Denominator));
        Assert.Equal(1.0, V("hotline-satisfaction-rate").Value);
        Assert.NotNull(ignored);
    }
}
