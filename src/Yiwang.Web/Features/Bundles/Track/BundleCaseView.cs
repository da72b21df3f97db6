using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Bundles.Track;

/// <summary>A bundle case as its applicant and the window see it: every part's state, the materials, one timeline.</summary>
internal sealed record BundleCaseView(
    string Number, string BundleCode, string BundleName, int BundleVersionNo, string ApplicantName, string StatusName,
    DateTimeOffset SubmittedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? ClosedAt, int PromisedDays, bool CrossRegion,
    DeliveryMethod DeliveryMethod, string DeliveryName, string? PickupHall, string? PostalAddress, string? TrackingNumber,
    IReadOnlyList<LabeledValue> Answers, IReadOnlyList<LabeledValue> Form, IReadOnlyList<BundlePartView> Parts,
    IReadOnlyList<BundleMaterialView> Materials, IReadOnlyList<BundleTimelineEntry> Timeline, Guid Concurrency)
{
    public bool ReadyForDelivery => StatusName == "待统一出件";
    /// <summary>The whole's clock (联合办理): promised and legal due dates from its first acceptance, and how they were reached.</summary>
    public DateOnly? AcceptedOn { get; init; }
    public DateOnly? Due { get; init; }
    public bool DueProvisional { get; init; }
    public DateOnly? LegalDue { get; init; }
    public int LegalDays { get; init; }
    public string? DueExplanation { get; init; }
}

internal sealed record LabeledValue(string Label, string Value);

internal sealed record BundlePartView(string Key, string ItemCode, string ItemName, string DepartmentName, string? CaseNumber, CaseStatus? Status, string StatusName,
    string? Step, DateOnly? Due, Decision? Decision, string? DecisionReason, IReadOnlyList<string> MissingMaterials, IReadOnlyList<string> After, string? Cancelled);

internal sealed record BundleMaterialView(string Key, string Name, bool Required, IReadOnlyList<string> ForItems, string? ProvidedBy, IReadOnlyList<string> Files, bool Fetched);

/// <summary>One line of the applicant's single timeline: the whole's own events and every part's.</summary>
internal sealed record BundleTimelineEntry(DateTimeOffset At, string Subject, string Actor, string Text);
