using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Tests.Features.Cases;

public class CaseStateMachineTests
{
    internal static readonly WorkingDaySchedule Calendar = new(OfficialHolidays.Load().Select(y => y.ToEntity(y.Year, "t", DateTimeOffset.UnixEpoch)));
    private static readonly DateTimeOffset T = new(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static Actor Clerk(bool present = true) => new("clerk", T, "A01", present);
    private static readonly Actor Approver = new("approver", T);

    internal static Case NewCase(int promised = 5, int legal = 20)
    {
        var guide = new ServiceGuide
        {
            Name = "食品经营许可", PromisedLimitDays = promised, LegalLimitDays = legal,
            CaseKind = promised == 0 ? CaseKind.Immediate : CaseKind.Promised,
            Steps = promised == 0
                ? [new() { Name = "受理" }, new() { Name = "办结" }]
                : [new() { Name = "受理", Days = 1 }, new() { Name = "审查", Days = promised - 2 }, new() { Name = "决定", Days = 1 }, new() { Name = "办结" }],
        };
        var item = ServiceItem.Create("T-1", 1, guide, "t", T);
        var version = item.Publish("t", T);
        return Case.Open("20260930-000001", item, version, Guid.NewGuid(), "张三", CaseChannel.Online, T);
    }

    [Fact]
    public void Full_path_from_submission_to_closing()
    {
        var c = NewCase();
        c.Submit(new Actor("张三", T, "127.0.0.1"));
        c.Accept(Clerk(), D("2026-09-30"), Calendar);
        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal("审查", c.CurrentStepName);
        Assert.Equal(D("2026-10-13"), c.Due); // 5 working days over 国庆
        c.Pass(Approver, "材料符合要求");
        Assert.Equal("决定", c.CurrentStepName);
        c.Decide(Approver, Decision.Grant, "符合许可条件");
        c.Deliver(new Actor("clerk", T.AddDays(14), "A01", true), DeliveryMethod.WindowPickup, null);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal(2, c.Trips); // came to be accepted, came back another day to pick up
        Assert.Equal([CaseAction.Submit, CaseAction.Accept, CaseAction.Pass, CaseAction.Decide, CaseAction.Deliver], c.Events.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, 5), c.Events.Select(e => e.Sequence));
    }

    [Fact]
    public void Immediate_case_is_accepted_and_decided_in_one_visit()
    {
        var c = NewCase(promised: 0, legal: 3);
        c.Submit(Clerk());
        c.Accept(Clerk(), D("2026-10-12"), Calendar);
        Assert.Equal(D("2026-10-12"), c.Due);
        c.Decide(new Actor("chief", T), Decision.Grant, "当场办结");
        c.Deliver(Clerk(), DeliveryMethod.WindowPickup, null);
        Assert.Equal(1, c.Trips); // one visit, however many actions
    }

    [Fact]
    public void Supplement_round_trip_keeps_the_clock_stopped_until_acceptance()
    {
        var c = NewCase();
        c.Submit(new Actor("张三", T));
        c.RequestSupplement(Clerk(present: false), ["营业执照复印件", "场所使用证明"], D("2026-10-08"), Calendar);
        Assert.Equal(CaseStatus.AwaitingSupplement, c.Status);
        Assert.Null(c.Due);
        Assert.Equal(2, c.MissingMaterials.Count);
        // 重新提交 is refused, naming the slot, until every slot of the notice is filled.
        var refused = Assert.Throws<Yiwang.Web.Features.Cases.Materials.MaterialsMissingException>(() => c.Resubmit(new Actor("张三", T), ["营业执照复印件"]));
        Assert.Equal(["场所使用证明"], refused.Missing);
        Assert.Equal(CaseStatus.AwaitingSupplement, c.Status);
        c.Resubmit(new Actor("张三", T), ["营业执照复印件", "场所使用证明"]);
        Assert.Equal(2, c.MissingMaterials.Count); // kept for the window's second look
        c.Accept(Clerk(present: false), D("2026-10-12"), Calendar);
        Assert.Equal(D("2026-10-19"), c.Due);
        Assert.Empty(c.MissingMaterials);
        Assert.Equal(1, c.SupplementRounds);
    }

    public static TheoryData<string, Action<Case>> Forbidden => new()
    {
        { "受理 a draft", c => c.Accept(Clerk(), D("2026-10-12"), Calendar) },
        { "decide before acceptance", c => { c.Submit(Clerk()); c.Decide(Approver, Decision.Grant, "x"); } },
        { "deliver before a decision", c => { c.Submit(Clerk()); c.Accept(Clerk(), D("2026-10-12"), Calendar); c.Deliver(Clerk(), DeliveryMethod.WindowPickup, null); } },
        { "decide at the review step", c => { c.Submit(Clerk()); c.Accept(Clerk(), D("2026-10-12"), Calendar); c.Decide(Approver, Decision.Grant, "x"); } },
        { "pass the decision step", c => { c.Submit(Clerk()); c.Accept(Clerk(), D("2026-10-12"), Calendar); c.Pass(Approver); c.Pass(Approver); } },
        { "accept twice", c => { c.Submit(Clerk()); c.Accept(Clerk(), D("2026-10-12"), Calendar); c.Accept(Clerk(), D("2026-10-12"), Calendar); } },
        { "refuse without reason", c => { c.Submit(Clerk()); c.Refuse(Clerk(), " "); } },
        { "supplement listing nothing", c => { c.Submit(Clerk()); c.RequestSupplement(Clerk(), [], D("2026-10-08"), Calendar); } },
        { "post without tracking number", c => { c.Submit(Clerk()); c.Accept(Clerk(), D("2026-10-12"), Calendar); c.Pass(Approver); c.Decide(Approver, Decision.Deny, "不符合"); c.Deliver(Clerk(), DeliveryMethod.Post, null); } },
        { "act on a closed case", c => { c.Submit(Clerk()); c.Refuse(Clerk(), "不属于受理范围"); c.Withdraw(Clerk(), "x"); } },
        { "extend twice", c => { c.Submit(Clerk()); c.Accept(Clerk(), D("2026-10-12"), Calendar); c.Extend(Approver, 5, "复杂", "局长", D("2026-10-12"), Calendar); c.Extend(Approver, 5, "复杂", "局长", D("2026-10-12"), Calendar); } },
        { "extend beyond the law", c => { c.Submit(Clerk()); c.Accept(Clerk(), D("2026-10-12"), Calendar); c.Extend(Approver, 11, "复杂", "局长", D("2026-10-12"), Calendar); } },
        { "return to acceptance", c => { c.Submit(Clerk()); c.Accept(Clerk(), D("2026-10-12"), Calendar); c.Pass(Approver); c.Return(Approver, 0, "x"); } },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Forbidden_transitions_are_rejected_with_a_clear_message_and_change_nothing(string what, Action<Case> act)
    {
        var c = NewCase();
        var e = Assert.Throws<CaseTransitionException>(() => act(c));
        Assert.False(string.IsNullOrWhiteSpace(e.Message), what);
        Assert.DoesNotContain(c.Events, ev => ev.Detail is null);
    }

    [Fact]
    public void Message_names_the_current_state()
    {
        var c = NewCase();
        var e = Assert.Throws<CaseTransitionException>(() => c.Deliver(Clerk(), DeliveryMethod.WindowPickup, null));
        Assert.Equal("办件当前为“草稿”，不能出件办结", e.Message);
        Assert.Empty(c.Events);
    }

    [Fact]
    public void Returning_goes_back_to_an_earlier_step()
    {
        var c = NewCase(promised: 6);
        c.Submit(Clerk());
        c.Accept(Clerk(), D("2026-10-12"), Calendar);
        c.Pass(Approver);
        c.Return(Approver, 1, "现场核查意见不完整");
        Assert.Equal("审查", c.CurrentStepName);
    }

    [Fact]
    public void Every_transition_renews_the_concurrency_token()
    {
        var c = NewCase();
        var t0 = c.Concurrency;
        c.Submit(Clerk());
        Assert.NotEqual(t0, c.Concurrency);
    }
}

public class CaseRecallTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Li = new("li", T), Wang = new("wang", T);

    private static Case AtReview()
    {
        var c = CaseStateMachineTests.NewCase();
        c.Submit(new Actor("applicant", T));
        c.Accept(new Actor("clerk", T), new DateOnly(2026, 11, 2), CaseStateMachineTests.Calendar);
        return c;
    }

    [Fact]
    public void Own_pass_is_recalled_back_to_the_previous_step()
    {
        var c = AtReview();
        c.Pass(Li);
        c.Recall(Li);
        Assert.Equal("审查", c.CurrentStepName);
        Assert.Equal(CaseAction.Recall, c.Events[^1].Action);
    }

    [Fact]
    public void Own_decision_is_recalled_back_to_the_decision_step()
    {
        var c = AtReview();
        c.Pass(Li);
        c.Decide(Li, Decision.Deny, "不符合");
        c.Recall(Li);
        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal("决定", c.CurrentStepName);
        Assert.Null(c.Decision);
    }

    [Fact]
    public void Someone_elses_action_or_one_already_acted_upon_cannot_be_recalled()
    {
        var c = AtReview();
        c.Pass(Li);
        Assert.Throws<CaseTransitionException>(() => c.Recall(Wang));
        c.Decide(Wang, Decision.Grant, "符合");
        Assert.Throws<CaseTransitionException>(() => c.Recall(Li)); // the next step already acted
        c.Deliver(new Actor("clerk", T), DeliveryMethod.Electronic, null);
        Assert.Throws<CaseTransitionException>(() => c.Recall(Wang));
    }
}
