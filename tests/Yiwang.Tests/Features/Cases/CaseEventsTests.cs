using Yiwang.Web.Features.Cases;

namespace Yiwang.Tests.Features.Cases;

public class CaseEventsTests
{
    private static readonly DateTimeOffset T = new(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_transition_records_its_typed_event_with_its_timeline_row()
    {
        var c = CaseStateMachineTests.NewCase(promised: 3);
        c.Submit(new Actor("张三", T));
        c.Accept(new Actor("clerk", T), new DateOnly(2026, 9, 30), CaseStateMachineTests.Calendar);
        c.Pass(new Actor("approver", T));
        c.Decide(new Actor("approver", T.AddHours(1)), Decision.Grant, "符合条件");
        var events = c.TakeEvents().Cast<CaseActed>().ToList();
        Assert.Equal([typeof(CaseSubmitted), typeof(CaseAccepted), typeof(StepPassed), typeof(CaseDecided)], events.Select(e => e.GetType()));
        Assert.Equal(c.Events.Select(e => e.Sequence), events.Select(e => e.Entry.Sequence));
        Assert.All(events, e => Assert.Same(c, e.Case));
        Assert.Empty(c.TakeEvents());
    }

    [Fact]
    public void Recalling_a_decision_says_when_it_was_made_and_recalling_a_pass_does_not()
    {
        var c = CaseStateMachineTests.NewCase(promised: 3);
        c.Submit(new Actor("张三", T));
        c.Accept(new Actor("clerk", T), new DateOnly(2026, 9, 30), CaseStateMachineTests.Calendar);
        c.Pass(new Actor("approver", T));
        c.Recall(new Actor("approver", T));
        Assert.IsType<StepRecalled>(c.TakeEvents()[^1]);
        c.Pass(new Actor("approver", T));
        c.Decide(new Actor("approver", T.AddHours(2)), Decision.Grant, "符合条件");
        c.Recall(new Actor("approver", T.AddHours(3)));
        var recalled = Assert.IsType<DecisionRecalled>(c.TakeEvents()[^1]);
        Assert.Equal(T.AddHours(2), recalled.DecidedAt);
    }

    [Fact]
    public void Stored_and_routed_action_names_round_trip()
    {
        foreach (var a in Enum.GetValues<CaseAction>())
            Assert.Equal(a, CaseActionNames.Parse(a.Route()));
        Assert.Equal("request-supplement", CaseAction.RequestSupplement.Route());
        Assert.Throws<FormatException>(() => CaseActionNames.Parse("decied"));
    }
}
