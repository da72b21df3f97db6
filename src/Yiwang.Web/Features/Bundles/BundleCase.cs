using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// 一件事办件 (parent case): one application, one form, one set of materials, one delivery. Each
/// selected part is a <see cref="Case"/> of its own department (linked by <see cref="Case.BundleCaseId"/>);
/// a part with predecessors gets its case when their results exist. The parent's status is read
/// from its parts (<see cref="BundleCaseStatus"/>); it records only what belongs to the whole.
/// </summary>
internal sealed class BundleCase : EventRecordingEntity
{
    public long Id { get; init; }
    public required string Number { get; init; }
    public required string BundleCode { get; init; }
    public required string BundleName { get; init; }
    public int BundleVersionNo { get; init; }
    public Guid ApplicantId { get; init; }
    public required string ApplicantName { get; init; }
    /// <summary>The questionnaire answers the plan was made from.</summary>
    public Dictionary<string, string> Answers { get; init; } = [];
    /// <summary>The bundle form's answers (SM4-encrypted at rest); each part's form is mapped from it.</summary>
    [Common.Crypto.EncryptedAtRest]
    public Dictionary<string, string> FormData { get; init; } = [];
    public List<BundleCasePart> Parts { get; init; } = [];
    public List<BundleCaseMaterial> Materials { get; init; } = [];
    /// <summary>统一办理、联合办理、集中办理 (行政许可法 第二十六条、第四十二条): 45 working days, +15 with the head's approval.</summary>
    public const int JointLegalDays = 45;
    /// <summary>延期 of the whole, working days, with the 政务服务中心负责人's approval.</summary>
    public const int JointExtensionDays = 15;
    public const string JointBasis = "《中华人民共和国行政许可法》第二十六条、第四十二条：统一办理、联合办理、集中办理的，办理时间不得超过四十五日";

    public int PromisedDays { get; init; }
    /// <summary>法定时限 of the whole (working days from its acceptance).</summary>
    public int LegalDays { get; init; } = JointLegalDays;
    /// <summary>The whole's clock: from the 综合窗口's first acceptance, on the official calendar.</summary>
    public DateOnly? AcceptedOn { get; private set; }
    public DateOnly? Due { get; private set; }
    public DateOnly? LegalDue { get; private set; }
    public bool DueProvisional { get; private set; }
    /// <summary>The whole's extension (at most one, <see cref="JointExtensionDays"/>), by the centre's head.</summary>
    public List<Extension> Extensions { get; init; } = [];
    public bool CrossRegion { get; init; }
    public DeliveryMethod DeliveryMethod { get; init; }
    /// <summary>The hall where the applicant collects the results (窗口领取).</summary>
    public int? PickupHallId { get; init; }
    /// <summary>邮寄地址 (SM4-encrypted at rest).</summary>
    [Common.Crypto.EncryptedAtRest]
    public string? PostalAddress { get; init; }
    public string? TrackingNumber { get; private set; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public int? AcceptedHallId { get; private set; }
    public int? AcceptedWindowId { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public List<BundleCaseEvent> Events { get; init; } = [];
    public Guid Concurrency { get; private set; } = Guid.NewGuid();

    public BundleCasePart? Part(string key) => Parts.FirstOrDefault(p => p.Key == key);

    /// <summary>The application went in (its parts that can start get their cases in the same transaction).</summary>
    public void Submitted(DateTimeOffset at, string actor) =>
        Record(new BundleSubmitted(this, Entry(at, actor, $"提交“{BundleName}”申请：{string.Join("、", Parts.Select(p => p.ItemName))}（共{Parts.Count}项）")));

    /// <summary>A file given for one of the plan's materials (it also goes to the parts' cases that still take materials).</summary>
    public void MaterialGiven(BundleCaseMaterial material, BundleFile file)
    {
        material.Files.Add(file);
        Record(new BundleMaterialGiven(this, Entry(file.UploadedAt, file.UploadedBy, $"提交材料“{material.Name}”：{file.FileName}"), material));
    }

    /// <summary>
    /// A part finished: the whole's state may change, so two parts finishing at once must not both
    /// read the other as unfinished (the second save fails on the token and is retried).
    /// </summary>
    public void PartFinished() => Concurrency = Guid.NewGuid();

    /// <summary>A part's predecessors are granted: its case <paramref name="caseNumber"/> starts, their results among its materials.</summary>
    public void PartStarted(BundleCasePart part, string caseNumber, DateTimeOffset at, string actor)
    {
        part.CaseNumber = caseNumber;
        Record(new BundlePartStarted(this, Entry(at, actor, $"前序事项已准予，“{part.ItemName}”开始办理（{caseNumber}），已获得前序办理结果作为申请材料"), part));
    }

    /// <summary>A part will not start (a predecessor was denied, refused or withdrawn, or its item stopped).</summary>
    public void PartCancelled(BundleCasePart part, string reason, DateTimeOffset at, string actor)
    {
        part.Cancelled = reason;
        Record(new BundlePartCancelled(this, Entry(at, actor, $"“{part.ItemName}”：{reason}"), part));
    }

    /// <summary>
    /// The 综合窗口's one acceptance of the whole: the parts it accepted and those it sent to 补正 (with
    /// what each lacks); the parts themselves moved on their own cases.
    /// </summary>
    public void AcceptedAtWindow(Actor a, IReadOnlyList<string> accepted, IReadOnlyList<string> returned, DateOnly today, Calendar.WorkingDaySchedule calendar)
    {
        if (ClosedAt is not null) throw new CaseTransitionException("一件事已办结");
        AcceptedAt ??= a.At;
        if (AcceptedOn is null && accepted.Count > 0)
        {
            // The whole's promise and its legal limit run from the first acceptance.
            AcceptedOn = today;
            Reckon(calendar);
        }
        (AcceptedHallId, AcceptedWindowId) = (AcceptedHallId ?? a.HallId, AcceptedWindowId ?? a.WindowId);
        var text = "综合窗口一次受理" + (accepted.Count > 0 ? $"：受理 {string.Join("、", accepted)}" : "")
            + (returned.Count > 0 ? $"；一次性告知补正：{string.Join("、", returned)}" : "");
        Record(new BundleAccepted(this, Entry(a.At, a.Name, text), accepted, returned));
    }

    /// <summary>
    /// A part was accepted by law (§32: the window let five working days pass): the whole is accepted from
    /// the same day, the part's receipt, and its clock runs from there. Nothing happens once the whole was accepted.
    /// </summary>
    public void PartAcceptedByLaw(Actor a, BundleCasePart part, DateOnly receivedOn, Calendar.WorkingDaySchedule calendar)
    {
        if (AcceptedOn is not null || ClosedAt is not null) return;
        (AcceptedOn, AcceptedAt) = (receivedOn, AcceptedAt ?? a.At);
        Reckon(calendar);
        Entry(a.At, a.Name, $"“{part.ItemName}”收件后5个工作日内未受理、未告知补正，依法视为受理；一件事自收件之日 {receivedOn:yyyy-MM-dd} 起计算期限："
            + $"办结期限 {Due:yyyy-MM-dd}，法定时限 {LegalDue:yyyy-MM-dd}");
    }

    /// <summary>
    /// 延期 of the whole (行政许可法 §42: 45 days, +15 with approval): once, before the legal limit has
    /// passed, by the 政务服务中心负责人 (<paramref name="approver"/>, by name); both due dates move.
    /// </summary>
    public void Extend(Actor a, int days, string reason, string approver, DateOnly today, Calendar.WorkingDaySchedule calendar)
    {
        if (ClosedAt is not null) throw new CaseTransitionException("一件事已办结");
        if (AcceptedOn is null || LegalDue is not { } legal) throw new CaseTransitionException("一件事尚未受理，不能延期");
        if (Extensions.Count > 0) throw new CaseTransitionException("本一件事已延期一次，不能再次延期");
        if (days < 1 || days > JointExtensionDays) throw new CaseTransitionException($"延期应为1至{JointExtensionDays}个工作日");
        if (today > legal) throw new CaseTransitionException($"法定时限 {legal:yyyy-MM-dd} 已过，不能再延期：延期须在期限届满前决定");
        if (string.IsNullOrWhiteSpace(reason)) throw new CaseTransitionException("须说明延期理由");
        var extension = new Extension { Days = days, Reason = reason.Trim(), Approver = approver, Basis = JointBasis + "；经批准可以延长十五日", On = today };
        Extensions.Add(extension);
        Reckon(calendar);
        Record(new BundleExtended(this, Entry(a.At, a.Name, $"延期{days}个工作日（{approver}批准）：{extension.Reason}；办结期限 {Due:yyyy-MM-dd}，法定时限 {LegalDue:yyyy-MM-dd}"), extension));
    }

    /// <summary>The legal limit in force: the bundle's own, or §26's 45 working days for one stored without it.</summary>
    public int LegalLimit => LegalDays > 0 ? LegalDays : JointLegalDays;

    /// <summary>Both due dates from the acceptance, the extension granted added to each.</summary>
    private void Reckon(Calendar.WorkingDaySchedule calendar)
    {
        if (AcceptedOn is not { } on) return;
        var extra = Extensions.Sum(x => x.Days);
        var due = calendar.AddWorkingDays(on, PromisedDays + extra);
        (Due, DueProvisional) = (due.Date, due.Provisional);
        LegalDue = calendar.AddWorkingDays(on, LegalLimit + extra).Date;
    }

    /// <summary>
    /// The calendar of a year was loaded or corrected: both due dates counted again from the acceptance.
    /// Answers whether anything moved (and logs it on the whole's timeline when it did).
    /// </summary>
    public bool RecomputeDue(Actor a, Calendar.WorkingDaySchedule calendar)
    {
        if (ClosedAt is not null || AcceptedOn is null) return false;
        var before = (Due, LegalDue, DueProvisional);
        Reckon(calendar);
        if (before == (Due, LegalDue, DueProvisional)) return false;
        Entry(a.At, a.Name, $"节假日安排调整，重新计算期限：办结期限 {Due:yyyy-MM-dd}，法定时限 {LegalDue:yyyy-MM-dd}" + (DueProvisional ? "（暂定）" : ""));
        return true;
    }

    /// <summary>How the due dates were counted, in the applicant's words (null before acceptance).</summary>
    public string? DueExplanation() => AcceptedOn is not { } on ? null
        : $"自综合窗口受理（{on:yyyy-MM-dd}）次日起按工作日计算：承诺 {PromisedDays} 个工作日（各事项按先后顺序办理的最长用时内）；"
          + $"法定时限 {LegalLimit} 个工作日（{JointBasis}）"
          + string.Concat(Extensions.Select(x => $"；经{x.Approver}批准延期 {x.Days} 个工作日：{x.Reason}"))
          + "。节假日顺延" + (DueProvisional ? "；涉及尚未发布放假安排的年份，暂定。" : "。");

    /// <summary>统一出件: every result (<paramref name="delivered"/>) goes out together and the whole is 办结.</summary>
    public void Close(Actor a, string? trackingNumber, IReadOnlyList<string> delivered)
    {
        if (ClosedAt is not null) throw new CaseTransitionException("一件事已办结");
        (TrackingNumber, ClosedAt) = (trackingNumber, a.At);
        var text = $"统一出件（{DeliveryMethod.Label()}{(trackingNumber is null ? "" : "，单号 " + trackingNumber)}）：{string.Join("、", delivered)}，一件事办结";
        Record(new BundleClosed(this, Entry(a.At, a.Name, text), delivered));
    }

    /// <summary>The timeline row of what happened to the whole; every row moves the concurrency token.</summary>
    private BundleCaseEvent Entry(DateTimeOffset at, string actor, string text)
    {
        var row = new BundleCaseEvent { At = at, Actor = actor, Text = text };
        Events.Add(row);
        Concurrency = Guid.NewGuid();
        return row;
    }
}

/// <summary>One part of a bundle case: the item, its department, its predecessors and (once started) its case.</summary>
internal sealed class BundleCasePart
{
    public string Key { get; set; } = "";
    public string ItemCode { get; set; } = "";
    public string ItemName { get; set; } = "";
    public int DepartmentId { get; set; }
    public string DepartmentName { get; set; } = "";
    public string? ResultName { get; set; }
    public List<string> After { get; set; } = [];
    /// <summary>Bundle field key → item form field key.</summary>
    public Dictionary<string, string> FieldMap { get; set; } = [];
    public string? CaseNumber { get; set; }
    /// <summary>Why the part will not start (a predecessor was denied, refused or withdrawn).</summary>
    public string? Cancelled { get; set; }
}

/// <summary>A material of the plan with the files the applicant gave for it (stored once, shared by the parts' cases).</summary>
internal sealed class BundleCaseMaterial
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Required { get; set; }
    public List<string> Parts { get; set; } = [];
    /// <summary>The part whose result provides it (nothing to upload).</summary>
    public string? ProvidedBy { get; set; }
    /// <summary>Where it comes from: an electronic licence or shared data is fetched by the departments (no upload needed).</summary>
    public Catalog.MaterialSource? Source { get; set; }
    public List<BundleFile> Files { get; set; } = [];
}

internal sealed class BundleFile
{
    public string FileName { get; set; } = "";
    public FileKind Kind { get; set; }
    public long Size { get; set; }
    public string BlobKey { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}

/// <summary>What happened to the whole (submission, window acceptance, parts started, delivery).</summary>
internal sealed class BundleCaseEvent
{
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Text { get; set; } = "";
}
