using Yiwang.Web.Features.Bundles;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Tests.Features.Bundles;

public class BundleCaseEventsTests
{
    private static readonly DateTimeOffset T = new(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 9, 30);
    private static readonly Yiwang.Web.Features.Calendar.WorkingDaySchedule Calendar = Features.Cases.CaseStateMachineTests.Calendar;

    private static BundleCase NewBundle() => new()
    {
        Number = "ZJ-20260930-000001", BundleCode = "restaurant-opening", BundleName = "开餐馆", ApplicantName = "张三", DeliveryMethod = DeliveryMethod.WindowPickup,
        Parts = [new BundleCasePart { Key = "sole", ItemName = "个体工商户登记" }, new BundleCasePart { Key = "food", ItemName = "食品经营许可", After = ["sole"] }],
        Materials = [new BundleCaseMaterial { Key = "lease", Name = "经营场所使用证明", Parts = ["sole", "food"] }],
    };

    [Fact]
    public void The_whole_records_a_typed_event_with_its_timeline_row_for_each_step()
    {
        var b = NewBundle();
        b.Submitted(T, "citizen");
        b.MaterialGiven(b.Materials[0], new BundleFile { FileName = "租赁合同.pdf", UploadedAt = T, UploadedBy = "citizen" });
        b.AcceptedAtWindow(new Actor("clerk", T.AddHours(1), HallId: 3, WindowId: 7), ["个体工商户登记"], [], Today, Calendar);
        b.PartStarted(b.Parts[1], "ZJ-20260930-000002", T.AddHours(2), BundleProgress.System);
        b.Close(new Actor("clerk", T.AddHours(3)), null, ["个体工商户登记", "食品经营许可"]);

        var events = b.TakeEvents().Cast<BundleActed>().ToList();
        Assert.Equal([typeof(BundleSubmitted), typeof(BundleMaterialGiven), typeof(BundleAccepted), typeof(BundlePartStarted), typeof(BundleClosed)],
            events.Select(e => e.GetType()));
        Assert.Equal(b.Events, events.Select(e => e.Entry));
        Assert.All(events, e => Assert.Same(b, e.Bundle));
        Assert.Equal("ZJ-20260930-000002", b.Parts[1].CaseNumber);
        Assert.Single(b.Materials[0].Files);
        Assert.Equal((3, 7), (b.AcceptedHallId, b.AcceptedWindowId));
        Assert.Equal(T.AddHours(3), b.ClosedAt);
        Assert.Contains("统一出件（窗口领取）：个体工商户登记、食品经营许可", events[^1].Entry.Text);
        Assert.Empty(b.TakeEvents());
    }

    [Fact]
    public void Acceptance_names_the_parts_sent_to_supplement_and_a_cancelled_part_says_why()
    {
        var b = NewBundle();
        b.AcceptedAtWindow(new Actor("clerk", T), ["个体工商户登记"], ["食品经营许可（健康证明）"], Today, Calendar);
        b.PartCancelled(b.Parts[1], "前序事项“个体工商户登记”未获准予，本环节不再办理", T, BundleProgress.System);
        var (accepted, cancelled) = (Assert.IsType<BundleAccepted>(b.TakeEvents()[0]), b.Events[^1]);
        Assert.Equal(["食品经营许可（健康证明）"], accepted.Returned);
        Assert.Equal("综合窗口一次受理：受理 个体工商户登记；一次性告知补正：食品经营许可（健康证明）", accepted.Entry.Text);
        Assert.Equal("“食品经营许可”：前序事项“个体工商户登记”未获准予，本环节不再办理", cancelled.Text);
        Assert.Equal("前序事项“个体工商户登记”未获准予，本环节不再办理", b.Parts[1].Cancelled);
    }

    [Fact]
    public void A_closed_whole_is_neither_accepted_nor_closed_again()
    {
        var b = NewBundle();
        b.Close(new Actor("clerk", T), "SF123", ["个体工商户登记"]);
        Assert.Throws<CaseTransitionException>(() => b.AcceptedAtWindow(new Actor("clerk", T), [], [], Today, Calendar));
        Assert.Throws<CaseTransitionException>(() => b.Close(new Actor("clerk", T), null, []));
        Assert.Single(b.TakeEvents());
    }

    [Fact]
    public void The_whole_runs_on_45_working_days_from_its_first_acceptance_and_extends_once_by_at_most_15_before_they_end()
    {
        var b = NewBundle();
        Assert.Throws<CaseTransitionException>(() => b.Extend(new Actor("centre-head", T), 15, "复检", "彭主任", Today, Calendar)); // not accepted yet
        b.AcceptedAtWindow(new Actor("clerk", T), ["个体工商户登记"], [], Today, Calendar); // Wednesday 09-30, before the National Day week
        Assert.Equal(Calendar.AddWorkingDays(Today, 45).Date, b.LegalDue);
        Assert.Equal(new DateOnly(2026, 12, 8), b.LegalDue); // 10-01..10-07 off, Saturday 10-10 worked
        Assert.Contains("1至15个工作日", Assert.Throws<CaseTransitionException>(() => b.Extend(new Actor("centre-head", T), 16, "复检", "彭主任", Today, Calendar)).Message);
        Assert.Contains("已过", Assert.Throws<CaseTransitionException>(() => b.Extend(new Actor("centre-head", T), 15, "复检", "彭主任", new DateOnly(2026, 12, 9), Calendar)).Message);
        b.Extend(new Actor("centre-head", T), 15, "消防复检", "彭主任", new DateOnly(2026, 12, 8), Calendar);
        Assert.Equal(Calendar.AddWorkingDays(Today, 60).Date, b.LegalDue);
        Assert.Equal("彭主任", b.Extensions[0].Approver);
        Assert.Contains("已延期一次", Assert.Throws<CaseTransitionException>(() => b.Extend(new Actor("centre-head", T), 1, "再延", "彭主任", new DateOnly(2026, 12, 8), Calendar)).Message);
    }
}
