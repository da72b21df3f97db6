using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases.Read;

/// <param name="Actor">Who did it: the login for staff readers, the name (<see cref="ActorName"/>) for everyone else.</param>
public sealed record TimelineEntry(int Sequence, DateTimeOffset At, string Actor, CaseAction Action, string ActionName, string From, string To, string? Detail, string? Place, bool InPerson)
{
    /// <summary>Who did it as pages show it: a staff member's name, 申请人, a masked 经办人 (<see cref="ActorNames"/>).</summary>
    public string ActorName { get; init; } = Actor;
}

/// <summary>A case as its applicant and the staff in scope see it, with the "why this due date" answer.</summary>
public sealed record CaseView(
    string Number, string ItemCode, string ItemName, int ItemVersionNo, string ApplicantName, CaseChannel Channel,
    CaseStatus Status, string StatusName, IReadOnlyList<ProcedureStep> Steps, int StepIndex, int DecisionStep, string? Step,
    DateTimeOffset? SubmittedAt, DateOnly? AcceptedOn, DateOnly? Due, bool DueProvisional, int? RemainingWorkingDays,
    int SupplementRounds, IReadOnlyList<string> MissingMaterials, Decision? Decision, string? DecisionReason,
    DeliveryMethod? DeliveryMethod, string? TrackingNumber, DateTimeOffset? ClosedAt, int Trips, Guid Concurrency,
    DeadlineExplanation? Deadline, IReadOnlyList<TimelineEntry> Timeline, string? Assignee, IReadOnlyList<Countersign> Countersigns,
    IReadOnlyDictionary<string, string> FormData, bool FormComplete)
{
    /// <summary>The 一件事 this case is one part of.</summary>
    public BundleLink? Bundle { get; init; }
    /// <summary>跨域通办: the hall the applicant collects the result at.</summary>
    public string? PickupHall { get; init; }
    /// <summary>送达方式 the applicant chose, and the postal address for 邮寄.</summary>
    public DeliveryMethod? PreferredDelivery { get; init; }
    public string? PostalAddress { get; init; }
    /// <summary>The assigned approver by name.</summary>
    public string? AssigneeName { get; init; }
    /// <summary>收件日期, and while it waits for acceptance the last day §32 allows (the fifth working day after it).</summary>
    public DateOnly? ReceivedOn { get; init; }
    public DateOnly? AcceptBy { get; init; }
    /// <summary>Accepted by law from the day of receipt (§32), not by the window in time.</summary>
    public bool AcceptedByLaw { get; init; }
    public DateOnly? SupplementDue { get; init; }
    public DateOnly? LegalDue { get; init; }
    /// <summary>The special procedure running now (the clock stopped).</summary>
    public Suspension? CurrentSuspension { get; init; }
    /// <summary>The item's extension rule and special-procedure maxima (for the forms that use them).</summary>
    public ExtensionRule Extension { get; init; } = new(0, "");
    public IReadOnlyList<SuspensionLimit> SuspensionLimits { get; init; } = [];

    public static CaseView Of(Case c, WorkingDaySchedule calendar, DateOnly today) => new(
        c.Number, c.ItemCode, c.ItemName, c.ItemVersionNo, c.ApplicantName, c.Channel, c.Status, c.Status.Label(), c.Steps, c.StepIndex, c.DecisionStep,
        c.CurrentStepName, c.SubmittedAt, c.AcceptedOn, c.Due, c.DueProvisional, Safe(() => c.RemainingWorkingDays(today, calendar)),
        c.SupplementRounds, c.MissingMaterials, c.Decision, c.DecisionReason, c.DeliveryMethod, c.TrackingNumber, c.ClosedAt, c.Trips,
        c.Concurrency, Safe(() => c.Explain(calendar)),
        c.Events.OrderBy(e => e.Sequence).Select(e => new TimelineEntry(e.Sequence, e.At, e.Actor, e.Action, e.Action.Label(),
            e.From.Label(), e.To.Label(), e.Detail, e.Place, e.InPerson)).ToList(), c.Assignee, c.Countersigns, c.FormData, c.FormComplete)
    {
        PreferredDelivery = c.PreferredDelivery, PostalAddress = c.PostalAddress,
        ReceivedOn = c.ReceivedOn, AcceptedByLaw = c.AcceptedByLaw, SupplementDue = c.SupplementDue, LegalDue = c.LegalDue,
        AcceptBy = c.Status == CaseStatus.Submitted && c.ReceivedOn is { } r ? Safe<DateOnly?>(() => AcceptanceTerm.LastDay(r, calendar)) : null,
        CurrentSuspension = c.Status == CaseStatus.Suspended ? c.Suspensions.LastOrDefault() : null,
    };

    /// <summary>The case's view with the time rules of the version it was applied under.</summary>
    public CaseView WithRules(Case c, TimeRules rules) => this with
    {
        Extension = rules.Extension(c.LegalDays, c.PromisedDays),
        SuspensionLimits = Enum.GetValues<SuspensionKind>().Select(rules.Limit).ToList(),
    };

    private static T? Safe<T>(Func<T?> f)
    {
        try { return f(); }
        catch (CalendarRangeException) { return default; }
    }
}

public sealed record BundleLink(string Number, string Name);

/// <summary>What anyone with the number and the applicant's name may see: status and dates, the name masked, and how the due date stands.</summary>
internal sealed record ProgressView(string Number, string ItemName, string ApplicantName, string StatusName, string? Step,
    DateTimeOffset? SubmittedAt, DateOnly? AcceptedOn, DateOnly? Due, DateTimeOffset? ClosedAt, IReadOnlyList<string> DueNotes);
