using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// 办件: one application for one item, under the item version it was applied under. State changes
/// only through the methods below; each checks the state machine, appends an event, and renews
/// the concurrency token. The clock starts on acceptance (the acceptance day is not counted).
/// </summary>
public sealed partial class Case
{
    public long Id { get; init; }
    public required string Number { get; init; }
    public int ServiceItemId { get; init; }
    public required string ItemCode { get; init; }
    public required string ItemName { get; init; }
    public int ItemVersionNo { get; init; }
    public int DepartmentId { get; init; }
    public Guid? ApplicantId { get; init; }
    public required string ApplicantName { get; init; }
    public CaseChannel Channel { get; init; }
    public CaseStatus Status { get; private set; } = CaseStatus.Draft;
    /// <summary>The item's steps when the case was created (受理 → 审查 → 决定 → 办结).</summary>
    public List<ProcedureStep> Steps { get; init; } = [];
    public int StepIndex { get; private set; }
    public CaseKind Kind { get; init; }
    /// <summary>The item lets a 首席审批员 decide at the window.</summary>
    public bool ChiefDecidesAtWindow { get; init; }
    public int PromisedDays { get; init; }
    public int LegalDays { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>收件日期 (行政许可法 §32): the day the application, or the complete 补正, was received; the five days to accept run from it.</summary>
    public DateOnly? ReceivedOn { get; private set; }
    /// <summary>
    /// The office missed §32's five days (accepted, or sent to 补正, late; or deemed accepted by the sweep):
    /// by law the application was accepted the day it was received, and the clock runs from <see cref="ReceivedOn"/>.
    /// </summary>
    public bool AcceptedByLaw { get; private set; }
    /// <summary>The action just taken (受理, 补正 notice, 不予受理) came after §32's five days (not stored: supervision reads it at the event).</summary>
    public bool LateUnderSection32 { get; private set; }
    /// <summary>补正期限: the applicant supplements by this day; after it the office may close the file.</summary>
    public DateOnly? SupplementDue { get; private set; }
    public DateOnly? AcceptedOn { get; private set; }
    /// <summary>The instant of 受理 (the day's figures count acceptances by it).</summary>
    public DateTimeOffset? AcceptedAt { get; private set; }
    /// <summary>Where and by whom it was accepted: the hall and window of a window acceptance, the clerk's user name.</summary>
    public int? AcceptedHallId { get; private set; }
    public int? AcceptedWindowId { get; private set; }
    public string? AcceptedBy { get; private set; }
    public DateOnly? Due { get; private set; }
    public bool DueProvisional { get; private set; }
    /// <summary>法定时限 end: legal working days (plus extensions and suspensions) from acceptance; null when the law sets none.</summary>
    public DateOnly? LegalDue { get; private set; }
    /// <summary>The day the current step began (its time limit runs from here).</summary>
    public DateOnly? StepStartedOn { get; private set; }
    /// <summary>When electronic supervision must look at this case again (indexed; null: nothing to watch).</summary>
    public DateOnly? NextCheckOn { get; private set; }
    /// <summary>The day the applicant was invited to rate a case left unrated (once).</summary>
    public DateOnly? RatingInvitedOn { get; private set; }
    public int SupplementRounds { get; private set; }
    public List<string> MissingMaterials { get; private set; } = [];
    public List<Suspension> Suspensions { get; init; } = [];
    public List<Extension> Extensions { get; init; } = [];
    /// <summary>转办: the approver now holding the case (null: any approver of the department).</summary>
    public string? Assignee { get; private set; }
    public List<Countersign> Countersigns { get; init; } = [];
    /// <summary>The application form's answers (申请表), by field key.</summary>
    [Common.Crypto.EncryptedAtRest]
    public Dictionary<string, string> FormData { get; private set; } = [];
    /// <summary>Every required field of the form is answered (a draft may be incomplete).</summary>
    public bool FormComplete { get; private set; } = true;
    public Decision? Decision { get; private set; }
    /// <summary>The required materials of the item version applied under (the 减证 indicator's denominator).</summary>
    public int MaterialsRequired { get; private init; }
    /// <summary>Of those, how many the platform drew for the applicant (licences, verified materials, earlier results), set when the application is made.</summary>
    public int MaterialsDrawn { get; private set; }
    public string? DecisionReason { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>The user name of who decided.</summary>
    public string? DecidedBy { get; private set; }
    public DeliveryMethod? DeliveryMethod { get; private set; }
    /// <summary>送达方式 chosen at application (null: not chosen; the window asks at delivery).</summary>
    public DeliveryMethod? PreferredDelivery { get; private set; }
    /// <summary>邮寄送达: where the result goes.</summary>
    [Common.Crypto.EncryptedAtRest]
    public string? PostalAddress { get; private set; }
    public string? TrackingNumber { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>In-person visits the applicant needed (跑动次数).</summary>
    public int Trips { get; private set; }
    /// <summary>一件事: the bundle case this is one part of (its result is delivered with the others).</summary>
    public long? BundleCaseId { get; private set; }
    /// <summary>跨域通办: any hall in the city may do the window work; the owning department handles it.</summary>
    public bool CrossRegion { get; init; }
    /// <summary>The hall the applicant chose to collect the result at (市域通办: not necessarily the owning office's).</summary>
    public int? PickupHallId { get; private set; }
    public Guid Concurrency { get; private set; } = Guid.NewGuid();
    public List<CaseEvent> Events { get; init; } = [];
    /// <summary>Uploaded materials (not loaded with the case; a new case may bring some along).</summary>
    public List<CaseMaterial> Materials { get; init; } = [];

    public bool IsOpen => Status is not (CaseStatus.Refused or CaseStatus.Closed or CaseStatus.Withdrawn);

    /// <summary>The step at which a decision is made: the one before 办结 (at least the first after 受理).</summary>
    public int DecisionStep => DecisionStepOf(Steps.Count);

    public string? CurrentStepName => StepNameAt(Status, Steps, StepIndex);

    public static int DecisionStepOf(int stepCount) => Math.Max(1, stepCount - 2);

    /// <summary>The step being worked on, for queries that read columns rather than whole cases.</summary>
    public static string? StepNameAt(CaseStatus status, IReadOnlyList<ProcedureStep> steps, int index) =>
        status is CaseStatus.InProgress or CaseStatus.Suspended && index < steps.Count ? steps[index].Name : null;

    public static Case Open(string number, ServiceItem item, ServiceItemVersion version, Guid? applicantId, string applicantName,
        CaseChannel channel, DateTimeOffset now) => new()
    {
        Number = number, ServiceItemId = item.Id, ItemCode = item.Code, ItemName = version.Guide.Name, ItemVersionNo = version.VersionNo,
        DepartmentId = item.DepartmentId, ApplicantId = applicantId, ApplicantName = applicantName, Channel = channel,
        Steps = version.Guide.Steps.Count >= 2 ? [.. version.Guide.Steps] : [new() { Name = "受理" }, new() { Name = "办结" }],
        CrossRegion = version.Guide.CrossRegion, Kind = version.Guide.CaseKind, ChiefDecidesAtWindow = version.Guide.ChiefDecidesAtWindow, PromisedDays = version.Guide.PromisedLimitDays, LegalDays = version.Guide.LegalLimitDays,
        CreatedAt = now, MaterialsRequired = version.Guide.Materials.Count(m => m.Required),
    };
}

public sealed partial class Case
{
    /// <summary>Makes the case a part of a bundle case (its result then goes out with the bundle's).</summary>
    public void JoinBundle(long bundleCaseId) => BundleCaseId = bundleCaseId;

    /// <summary>Where the applicant will collect the result.</summary>
    public void CollectAt(int? hallId) => PickupHallId = hallId;

    /// <summary>Set by electronic supervision after it has looked at the case.</summary>
    public void ScheduleCheck(DateOnly? on) => NextCheckOn = on;

    public void FillForm(Dictionary<string, string> answers, bool complete)
    {
        if (Status is not (CaseStatus.Draft or CaseStatus.AwaitingSupplement))
            throw new CaseTransitionException($"办件当前为“{Status.Label()}”，不能修改申请表");
        FormData = answers;
        FormComplete = complete;
    }

    /// <summary>免证办 at application: how many required materials the platform drew (never more than are required).</summary>
    public void RecordMaterialsDrawn(int count) => MaterialsDrawn = Math.Clamp(count, 0, MaterialsRequired);
}

/// <summary>特别程序: the clock stops from From and restarts the working day after To.</summary>
public sealed class Suspension
{
    public SuspensionKind Kind { get; set; }
    public string Reason { get; set; } = "";
    public string Approver { get; set; } = "";
    /// <summary>The expected length, calendar days, within the item's maximum for the kind.</summary>
    public int MaxDays { get; set; }
    /// <summary>The rule that sets the maximum (told to the applicant).</summary>
    public string? Basis { get; set; }
    /// <summary>The last day the procedure may run: From + MaxDays − 1.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly Until => From.AddDays(MaxDays - 1);
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>会签: another department's opinion, required before the case moves on.</summary>
public sealed class Countersign
{
    public int DepartmentId { get; set; }
    public string DepartmentName { get; set; } = "";
    public string RequestedBy { get; set; } = "";
    public string? Note { get; set; }
    public string? SignedBy { get; set; }
    public bool? Agree { get; set; }
    public string? Opinion { get; set; }
    public bool Pending => SignedBy is null;
}

/// <summary>延期: more working days, with the approval the law requires (行政许可法 第四十二条: +10 with the head's approval).</summary>
public sealed class Extension
{
    public int Days { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>The department head who approved it (by name).</summary>
    public string Approver { get; set; } = "";
    /// <summary>The law that allows it.</summary>
    public string? Basis { get; set; }
    public DateOnly On { get; set; }
}
