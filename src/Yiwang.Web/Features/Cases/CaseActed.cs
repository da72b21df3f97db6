using Yiwang.Web.Common.Events;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// A case changed: every typed case event is one, carrying the case and its new timeline row. Other
/// features react to these (a grant issues a licence, a part's decision moves its 一件事 on); the case
/// knows none of them.
/// </summary>
internal abstract record CaseActed(Case Case, CaseEvent Entry) : IDomainEvent
{
    public CaseAction Action => Entry.Action;
}

internal sealed record CaseSubmitted(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record SupplementRequested(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CaseResubmitted(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CaseRefused(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CaseAccepted(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record StepPassed(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record StepReturned(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CaseSuspended(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CaseResumed(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CaseExtended(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
/// <summary>准予 or 不予 (<see cref="Case.Decision"/>).</summary>
internal sealed record CaseDecided(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
/// <summary>The decider took back their own 通过 of a step.</summary>
internal sealed record StepRecalled(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
/// <summary>The decider took back their decision, made at <paramref name="DecidedAt"/>; whatever it issued is void.</summary>
internal sealed record DecisionRecalled(Case Case, CaseEvent Entry, DateTimeOffset DecidedAt) : CaseActed(Case, Entry);
internal sealed record CaseReassigned(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CountersignRequested(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CountersignGiven(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
/// <summary>办结: the result went out.</summary>
internal sealed record CaseDelivered(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record CaseWithdrawn(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
internal sealed record DueRecomputed(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
/// <summary>撤销: a grant found to rest on a false promise; what it issued is revoked.</summary>
internal sealed record GrantRevoked(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);
/// <summary>秒批: the system compared the application with its rule and left it to ordinary handling (with the reason), or noted a review of its grant.</summary>
internal sealed record InstantChecked(Case Case, CaseEvent Entry) : CaseActed(Case, Entry);

public sealed partial class Case : EventRecordingEntity
{
    private void RecordEventOf(CaseEvent row) => Record(row.Action switch
    {
        CaseAction.Submit => new CaseSubmitted(this, row),
        CaseAction.RequestSupplement => new SupplementRequested(this, row),
        CaseAction.Resubmit => new CaseResubmitted(this, row),
        CaseAction.Refuse or CaseAction.CloseUnsupplemented => new CaseRefused(this, row),
        CaseAction.Accept or CaseAction.AcceptByLaw => new CaseAccepted(this, row),
        CaseAction.Pass => new StepPassed(this, row),
        CaseAction.Return => new StepReturned(this, row),
        CaseAction.Suspend => new CaseSuspended(this, row),
        CaseAction.Resume => new CaseResumed(this, row),
        CaseAction.Extend => new CaseExtended(this, row),
        CaseAction.Decide => new CaseDecided(this, row),
        CaseAction.Recall when row.From == CaseStatus.Decided =>
            new DecisionRecalled(this, row, Events.Last(e => e.Sequence < row.Sequence && e.Action == CaseAction.Decide).At),
        CaseAction.Recall => new StepRecalled(this, row),
        CaseAction.Reassign => new CaseReassigned(this, row),
        CaseAction.RequestCountersign => new CountersignRequested(this, row),
        CaseAction.Countersign => new CountersignGiven(this, row),
        CaseAction.Deliver => new CaseDelivered(this, row),
        CaseAction.Withdraw => new CaseWithdrawn(this, row),
        CaseAction.RecomputeDue => new DueRecomputed(this, row),
        CaseAction.RevokeGrant => new GrantRevoked(this, row),
        CaseAction.InstantCheck => new InstantChecked(this, row),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.Action, null),
    });
}
