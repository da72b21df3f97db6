using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases;

/// <summary>Who acts, when, from where (window or IP), and whether the applicant stood there.</summary>
public readonly record struct Actor(string Name, DateTimeOffset At, string? Place = null, bool ApplicantPresent = false, int? HallId = null, int? WindowId = null);

public sealed partial class Case
{
    /// <param name="note">Said of the submission on the timeline (帮办代办 and its authorization).</param>
    /// <param name="missing">Online: the required materials not given yet (<see cref="Materials.MaterialRequirements"/>); a window
    /// application is checked against the paper at the counter instead.</param>
    public void Submit(Actor a, string? note = null, IReadOnlyList<string>? missing = null)
    {
        if (!FormComplete) throw new CaseTransitionException("申请表尚未填写完整，请补充后再提交");
        if (Status == CaseStatus.Draft && Channel == CaseChannel.Online && missing is { Count: > 0 })
            throw new Materials.MaterialsMissingException(missing, "尚缺必要材料：" + string.Join("、", missing));
        Move(a, CaseAction.Submit, CaseStatus.Submitted, note is null ? "提交申请" : $"提交申请（{note}）", [CaseStatus.Draft], () =>
        {
            SubmittedAt = a.At;
            ReceivedOn = Common.Time.ChinaTime.Date(a.At);
        });
    }

    /// <summary>
    /// 补正: one notice that lists every missing or defective material; each becomes a slot the applicant
    /// fills by <see cref="SupplementDue"/>. A notice later than §32's five days does not stop the law
    /// from accepting the application on the day it was received.
    /// </summary>
    public void RequestSupplement(Actor a, IReadOnlyList<string> missing, DateOnly today, WorkingDaySchedule calendar, int supplementDays = Catalog.TimeRules.DefaultSupplementDays)
    {
        if (supplementDays < 1) throw new CaseTransitionException("补正期限应至少1天");
        if (missing.Count == 0) throw new CaseTransitionException("一次性告知书须列明需补正的全部材料");
        if (missing.FirstOrDefault(m => m.Length > 200) is { } tooLong) throw new CaseTransitionException($"补正材料名称最多200个字符：{tooLong[..20]}…");
        missing = missing.Distinct(StringComparer.Ordinal).ToList();
        var late = ReceivedOn is { } received && AcceptanceTerm.Missed(received, today, calendar);
        Move(a, CaseAction.RequestSupplement, CaseStatus.AwaitingSupplement, "一次性告知补正：" + string.Join("；", missing), [CaseStatus.Submitted], () =>
        {
            SupplementRounds++;
            MissingMaterials = [.. missing];
            SupplementDue = today.AddDays(supplementDays);
            if (late) AcceptedByLaw = LateUnderSection32 = true;
        });
    }

    /// <summary>
    /// 补正后重新提交: refused until every slot of the notice has a file given since it was issued
    /// (<paramref name="givenSince"/>: the files given for this round). The slots stay on the case until the window decides again, so
    /// the second look shows what changed. A 一件事's part is checked on the bundle's own page.
    /// </summary>
    public void Resubmit(Actor a, IReadOnlyCollection<string> givenSince)
    {
        var open = BundleCaseId is null ? MissingMaterials.Where(m => !givenSince.Contains(m)).ToList() : [];
        if (Status == CaseStatus.AwaitingSupplement && open.Count > 0)
            throw new Materials.MaterialsMissingException(open, "以下补正材料尚未上传：" + string.Join("、", open));
        Move(a, CaseAction.Resubmit, CaseStatus.Submitted, BundleCaseId is null ? "补正后重新提交：已补正" + string.Join("、", MissingMaterials) : "补正后重新提交",
            [CaseStatus.AwaitingSupplement], () =>
            {
                if (BundleCaseId is not null) MissingMaterials = [];
                SupplementDue = null;
                // The complete file is received today: the five days start again, unless the law already accepted it at the first receipt.
                if (!AcceptedByLaw) ReceivedOn = Common.Time.ChinaTime.Date(a.At);
            });
    }

    /// <summary>送达方式 the applicant chose: window pickup at a hall, post to an address, or electronic.</summary>
    public void ChooseDelivery(DeliveryMethod method, int? hallId, string? postalAddress)
    {
        if (Status is not (CaseStatus.Draft or CaseStatus.AwaitingSupplement or CaseStatus.Submitted))
            throw new CaseTransitionException($"办件当前为“{Status.Label()}”，不能更改送达方式");
        if (method == Cases.DeliveryMethod.Post && string.IsNullOrWhiteSpace(postalAddress)) throw new CaseTransitionException("邮寄送达须填写收件地址");
        PreferredDelivery = method;
        PostalAddress = method == Cases.DeliveryMethod.Post ? postalAddress!.Trim() : null;
        if (method == Cases.DeliveryMethod.WindowPickup) PickupHallId = hallId;
    }

    /// <param name="today">Only to tell supervision whether §32's five days had passed.</param>
    public void Refuse(Actor a, string reason, DateOnly? today = null, WorkingDaySchedule? calendar = null) =>
        Move(a, CaseAction.Refuse, CaseStatus.Refused, "不予受理：" + Required(reason, "不予受理须说明理由"), [CaseStatus.Submitted],
            () => LateUnderSection32 = today is { } d && calendar is not null && ReceivedOn is { } r && AcceptanceTerm.Missed(r, d, calendar));

    /// <summary>补正期限 passed without the materials: the office closes the file (不予受理, with that reason and a notice).</summary>
    public void CloseUnsupplemented(Actor a, DateOnly today)
    {
        if (Status == CaseStatus.AwaitingSupplement && (SupplementDue is not { } due || today <= due))
            throw new CaseTransitionException(SupplementDue is { } d ? $"补正期限 {d:yyyy-MM-dd} 尚未届满，期满后方可按逾期未补正处理" : "该办件未设补正期限");
        Move(a, CaseAction.CloseUnsupplemented, CaseStatus.Refused, $"逾期未补正，不予受理（补正期限 {SupplementDue:yyyy-MM-dd}，未补正：{string.Join("、", MissingMaterials)}）",
            [CaseStatus.AwaitingSupplement], () => { });
    }

    /// <summary>
    /// 受理: the clock starts, on the official calendar. Accepted after §32's five days, it runs from the
    /// day of receipt, as the law has it.
    /// </summary>
    public void Accept(Actor a, DateOnly today, WorkingDaySchedule calendar)
    {
        // Late now, for the first time (a late 补正 notice already made the law accept it at receipt).
        var late = !AcceptedByLaw && ReceivedOn is { } received && AcceptanceTerm.Missed(received, today, calendar);
        Move(a, CaseAction.Accept, CaseStatus.InProgress,
            late || AcceptedByLaw ? $"受理（已超过收件后{AcceptanceTerm.WorkingDays}个工作日：依{AcceptanceTerm.Basis}，自收件之日 {ReceivedOn:yyyy-MM-dd} 起受理并计算时限）" : "受理",
            [CaseStatus.Submitted], () =>
            {
                if (late) AcceptedByLaw = LateUnderSection32 = true;
                StartClock(a, AcceptedByLaw ? ReceivedOn!.Value : today, calendar);
            });
    }

    /// <summary>§32: neither accepted, refused nor sent to 补正 within five working days of receipt, the application is accepted by law from that day.</summary>
    public void AcceptByLaw(Actor a, DateOnly today, WorkingDaySchedule calendar)
    {
        if (Status == CaseStatus.Submitted && (ReceivedOn is not { } received || !AcceptanceTerm.Missed(received, today, calendar)))
            throw new CaseTransitionException($"收件后{AcceptanceTerm.WorkingDays}个工作日尚未届满");
        Move(a, CaseAction.AcceptByLaw, CaseStatus.InProgress,
            $"依法视为受理：收件后{AcceptanceTerm.WorkingDays}个工作日内未受理、未告知补正（{AcceptanceTerm.Basis}），自收件之日 {ReceivedOn:yyyy-MM-dd} 起受理",
            [CaseStatus.Submitted], () =>
            {
                AcceptedByLaw = true;
                StartClock(a, ReceivedOn!.Value, calendar);
            });
    }

    private void StartClock(Actor a, DateOnly from, WorkingDaySchedule calendar)
    {
        AcceptedOn = from;
        AcceptedAt = a.At;
        (AcceptedHallId, AcceptedWindowId, AcceptedBy) = (a.HallId, a.WindowId, a.Name);
        StepIndex = 1;
        MissingMaterials = [];
        SupplementDue = null;
        ComputeDue(calendar);
    }

    /// <summary>Completes the current step and moves to the next; the decision step is left only by a decision.</summary>
    public void Pass(Actor a, string? opinion = null)
    {
        RequireCountersignsDone();
        if (Status == CaseStatus.InProgress && StepIndex >= DecisionStep)
            throw new CaseTransitionException($"“{CurrentStepName}”环节须作出准予或不予的决定");
        var from = CurrentStepName;
        Move(a, CaseAction.Pass, CaseStatus.InProgress, $"{from}通过" + (opinion is null ? "" : "：" + opinion), [CaseStatus.InProgress], () => StepIndex++);
    }

    /// <summary>退回 to an earlier step (after 受理).</summary>
    public void Return(Actor a, int toStep, string reason)
    {
        if (Status == CaseStatus.InProgress && (toStep < 1 || toStep >= StepIndex))
            throw new CaseTransitionException("只能退回到当前环节之前、受理之后的环节");
        Move(a, CaseAction.Return, CaseStatus.InProgress, $"退回至“{(toStep >= 0 && toStep < Steps.Count ? Steps[toStep].Name : "?")}”：" + Required(reason, "退回须说明理由"),
            [CaseStatus.InProgress], () => StepIndex = toStep);
    }

    /// <summary>
    /// 特别程序 (行政许可法 §45): the clock stops for at most the item's maximum for the kind
    /// (<paramref name="days"/>: the expected length; null: the maximum). The applicant is told in writing.
    /// </summary>
    public void Suspend(Actor a, SuspensionKind kind, string reason, string approver, int? days, DateOnly today, Catalog.SuspensionLimit? limit = null)
    {
        limit ??= Catalog.SuspensionLimit.Defaults[kind];
        var length = days ?? limit.MaxDays;
        if (length < 1) throw new CaseTransitionException("特别程序期限应至少1天");
        if (length > limit.MaxDays) throw new CaseTransitionException($"“{kind.Label()}”最长{limit.MaxDays}天（{limit.Basis}）");
        var s = new Suspension { Kind = kind, Reason = Required(reason, "须说明理由"), Approver = Required(approver, "须写明批准人"), MaxDays = length, Basis = limit.Basis, From = today };
        Move(a, CaseAction.Suspend, CaseStatus.Suspended, $"{kind.Label()}（预计{length}天，至 {s.Until:yyyy-MM-dd}，所需时间不计入办理时限；{s.Approver}批准）：{s.Reason}",
            [CaseStatus.InProgress], () => Suspensions.Add(s));
    }

    public void Resume(Actor a, DateOnly today, WorkingDaySchedule calendar) =>
        Move(a, CaseAction.Resume, CaseStatus.InProgress, "特别程序结束，恢复计时", [CaseStatus.Suspended], () =>
        {
            Suspensions[^1].To = today < Suspensions[^1].From ? Suspensions[^1].From : today;
            ComputeDue(calendar);
        });

    /// <summary>
    /// 延期 (行政许可法 §42 or the item's own law): once per case, within the item's rule, approved by the
    /// department's head (<paramref name="approver"/>, by name), and only before the legal limit has passed.
    /// </summary>
    public void Extend(Actor a, int days, string reason, string approver, DateOnly today, WorkingDaySchedule calendar, Catalog.ExtensionRule? rule = null)
    {
        rule ??= new Catalog.TimeRules().Extension(LegalDays, PromisedDays);
        if (Status == CaseStatus.InProgress)
        {
            if (rule.Days == 0) throw new CaseTransitionException($"本事项不得延期：{rule.Basis}");
            if (Extensions.Count > 0) throw new CaseTransitionException("本办件已延期一次，不能再次延期");
            if (days < 1 || days > rule.Days) throw new CaseTransitionException($"延期应为1至{rule.Days}个工作日（{rule.Basis}）");
            if ((LegalDue ?? Due) is { } limit && today > limit)
                throw new CaseTransitionException($"{(LegalDue is null ? "办结期限" : "法定时限")} {limit:yyyy-MM-dd} 已过，不能再延期：延期须在期限届满前决定");
        }
        Move(a, CaseAction.Extend, CaseStatus.InProgress, $"延期{days}个工作日（{Required(approver, "延期须经负责人批准")}批准；依据：{rule.Basis}）：{Required(reason, "须说明理由")}",
            [CaseStatus.InProgress], () =>
            {
                Extensions.Add(new Extension { Days = days, Reason = reason.Trim(), Approver = approver.Trim(), Basis = rule.Basis, On = today });
                ComputeDue(calendar);
            });
    }

    public void Decide(Actor a, Decision decision, string reason)
    {
        RequireCountersignsDone();
        if (Status == CaseStatus.InProgress && StepIndex < DecisionStep)
            throw new CaseTransitionException($"尚未到决定环节（当前：{CurrentStepName}）");
        Move(a, CaseAction.Decide, CaseStatus.Decided, (decision == Cases.Decision.Grant ? "准予：" : "不予：") + Required(reason, "决定须说明理由"),
            [CaseStatus.InProgress], () =>
            {
                Decision = decision;
                DecisionReason = reason;
                DecidedAt = a.At;
                DecidedBy = a.Name;
                StepIndex = Steps.Count - 1;
            });
    }

    /// <summary>统一窗口出件: the result goes out and the case closes (办结).</summary>
    public void Deliver(Actor a, DeliveryMethod method, string? trackingNumber, bool withBundle = false)
    {
        if (BundleCaseId is not null && !withBundle) throw new CaseTransitionException("本办件属于“一件事”，办理结果与其他环节统一出件，请在一件事办件中出件");
        if (method == Cases.DeliveryMethod.Post && string.IsNullOrWhiteSpace(trackingNumber))
            throw new CaseTransitionException("邮寄送达须登记快递单号");
        Move(a, CaseAction.Deliver, CaseStatus.Closed, $"{method.Label()}" + (trackingNumber is null ? "" : $"（单号 {trackingNumber}）") + "，办结",
            [CaseStatus.Decided], () =>
            {
                DeliveryMethod = method;
                TrackingNumber = trackingNumber;
                ClosedAt = a.At;
            });
    }

    /// <summary>转办 to another approver of the department.</summary>
    public void Reassign(Actor a, string toApprover, string reason) =>
        Move(a, CaseAction.Reassign, Status, $"转办给 {toApprover}：{Required(reason, "转办须说明理由")}", [CaseStatus.InProgress, CaseStatus.Suspended], () => Assignee = toApprover);

    /// <summary>会签: ask another department for its opinion; the case waits for it.</summary>
    public void RequestCountersign(Actor a, int departmentId, string departmentName, string? note)
    {
        if (departmentId == DepartmentId) throw new CaseTransitionException("会签须请其他部门");
        if (Countersigns.Any(x => x.DepartmentId == departmentId && x.Pending)) throw new CaseTransitionException($"已请{departmentName}会签，尚未回复");
        Move(a, CaseAction.RequestCountersign, Status, $"请{departmentName}会签" + (string.IsNullOrWhiteSpace(note) ? "" : "：" + note.Trim()), [CaseStatus.InProgress],
            () => Countersigns.Add(new Countersign { DepartmentId = departmentId, DepartmentName = departmentName, RequestedBy = a.Name, Note = note }));
    }

    public void SignCountersign(Actor a, int departmentId, bool agree, string opinion)
    {
        var request = Countersigns.FirstOrDefault(x => x.DepartmentId == departmentId && x.Pending)
            ?? throw new CaseTransitionException("没有待本部门会签的请求");
        Move(a, CaseAction.Countersign, Status, $"{request.DepartmentName}会签{(agree ? "同意" : "不同意")}：{Required(opinion, "会签须填写意见")}", [CaseStatus.InProgress], () =>
        {
            request.SignedBy = a.Name;
            request.Agree = agree;
            request.Opinion = opinion;
        });
    }

    private void RequireCountersignsDone()
    {
        if (Countersigns.FirstOrDefault(x => x.Pending) is { } p) throw new CaseTransitionException($"{p.DepartmentName}会签尚未完成");
    }

    /// <summary>撤回: take back one's own last 通过 or 决定 while nobody has acted on the case since.</summary>
    public void Recall(Actor a)
    {
        var last = Events.LastOrDefault(e => e.Action != CaseAction.RecomputeDue);
        if (last is null || last.Actor != a.Name || last.Action is not (CaseAction.Pass or CaseAction.Decide))
            throw new CaseTransitionException("只能撤回本人刚作出、且后续尚未处理的“通过”或“决定”");
        Move(a, CaseAction.Recall, last.From, $"撤回“{last.Action.Label()}”", [last.To], () =>
        {
            if (last.Action == CaseAction.Pass) StepIndex--;
            else
            {
                Decision = null;
                DecisionReason = null;
                DecidedAt = null;
                DecidedBy = null;
                StepIndex = DecisionStep;
            }
        });
    }

    public void Withdraw(Actor a, string reason) =>
        Move(a, CaseAction.Withdraw, CaseStatus.Withdrawn, "申请人撤回申请：" + Required(reason, "须说明撤回理由"),
            [CaseStatus.Draft, CaseStatus.Submitted, CaseStatus.AwaitingSupplement, CaseStatus.InProgress, CaseStatus.Suspended], () => { });

    /// <summary>After a calendar change: recompute the due date and log the change on the case.</summary>
    public bool RecomputeDue(Actor a, WorkingDaySchedule calendar)
    {
        if (AcceptedOn is null || !IsOpen) return false;
        var (before, wasProvisional) = (Due, DueProvisional);
        ComputeDue(calendar);
        if (before == Due && wasProvisional == DueProvisional) return false;
        Append(a, CaseAction.RecomputeDue, Status, $"工作日历调整，办结期限由 {before:yyyy-MM-dd} 改为 {Due:yyyy-MM-dd}" + (DueProvisional ? "（暂定）" : ""));
        return true;
    }

    /// <summary>撤销: a grant found to rest on a false 告知承诺 is revoked (the status stays; the timeline and the licence show it).</summary>
    public void RevokeGrant(Actor a, string reason)
    {
        if (Decision != Cases.Decision.Grant) throw new CaseTransitionException("只有准予的决定可以撤销");
        Append(a, CaseAction.RevokeGrant, Status, "撤销准予决定：" + Required(reason, "撤销须说明理由"));
    }

    /// <summary>秒批: what the system's comparison found (why the case goes to ordinary handling), or a reviewer's finding on its grant; the status stays.</summary>
    public void NoteInstantCheck(Actor a, string detail) => Append(a, CaseAction.InstantCheck, Status, Required(detail, "须写明比对结果"));

    private void Move(Actor a, CaseAction action, CaseStatus to, string detail, CaseStatus[] allowedFrom, Action apply)
    {
        if (!allowedFrom.Contains(Status))
            throw new CaseTransitionException($"办件当前为“{Status.Label()}”，不能{action.Label()}");
        var (from, step) = (Status, StepIndex);
        LateUnderSection32 = false;
        apply();
        Status = to;
        // A step's time runs from the day it was entered, or re-entered after a suspension.
        if (to == CaseStatus.InProgress && (StepIndex != step || from != CaseStatus.InProgress)) StepStartedOn = Common.Time.ChinaTime.Date(a.At);
        // A trip is a day the applicant had to come in; several actions in one visit count once.
        var day = Common.Time.ChinaTime.Date(a.At);
        if (a.ApplicantPresent && !Events.Any(e => e.InPerson && Common.Time.ChinaTime.Date(e.At) == day)) Trips++;
        Append(a, action, from, detail);
    }

    private void Append(Actor a, CaseAction action, CaseStatus from, string detail)
    {
        var row = new CaseEvent
        {
            Sequence = Events.Count + 1, At = a.At, Actor = a.Name, Action = action, From = from, To = Status,
            Detail = detail, Place = a.Place, InPerson = a.ApplicantPresent,
        };
        Events.Add(row);
        RecordEventOf(row);
        Concurrency = Guid.NewGuid();
    }

    private static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new CaseTransitionException(message) : value.Trim();
}
