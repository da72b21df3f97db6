using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Hotline;

/// <summary>A move the ticket's state does not allow (or, with <see cref="Field"/>, an input it needs); the message says why, in Chinese.</summary>
internal sealed class TicketTransitionException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

internal sealed partial class Ticket
{
    /// <summary>A new ticket at the centre (its 办理时限 counts from today).</summary>
    public static Ticket Receive(TicketIntake i, string number, string by, DateTimeOffset at, DateOnly today, int limitDays)
    {
        var t = new Ticket
        {
            Number = number, Channel = i.Channel, Kind = i.Kind, CategoryCode = i.CategoryCode, Content = i.Content, Anonymous = i.Anonymous,
            CallerName = i.Anonymous ? null : i.CallerName, CallerPhone = i.CallerPhone, CallerPhoneIndex = i.CallerPhoneIndex, CallerAccountId = i.CallerAccountId,
            Address = i.Address, DivisionCode = i.DivisionCode, ItemCode = i.ItemCode, CaseNumber = i.CaseNumber, HallId = i.HallId, SourceNumber = i.SourceNumber,
            Priority = i.Channel is TicketChannel.Enterprise or TicketChannel.CannotGetDone, MayPublish = i.MayPublish,
            ReceivedBy = by, ReceivedAt = at, ReceivedOn = today, LimitDays = limitDays,
        };
        t.Append(by, at, "受理", $"{i.Channel.Label()}受理，{i.Kind.Label()}类" + (i.SourceNumber is null ? "" : $"（来源编号 {i.SourceNumber}）"));
        return t;
    }

    /// <summary>直接办结: a 咨询 the agent answers at once (from the knowledge base).</summary>
    public void AnswerDirectly(string by, DateTimeOffset at, string answer)
    {
        Require(TicketStatus.Received, "直接答复");
        if (Kind != TicketKind.Consultation) throw new TicketTransitionException("只有咨询类工单可以直接答复办结，其他诉求须派单办理");
        (Reply, ApprovedReply, RepliedBy, RepliedAt, Resolved, ClosedAt) = (Text(answer, "请填写答复内容", "answer"), answer.Trim(), by, at, true, at);
        Move(by, at, TicketStatus.Closed, "直接答复办结", ApprovedReply);
    }

    /// <summary>派单 to a lead department (and co-departments); from 待派单 or after a 退单.</summary>
    public void Dispatch(string by, DateTimeOffset at, DateOnly today, int lead, IReadOnlyCollection<int> co, string leadName, WorkingDaySchedule calendar, TicketLimits limits)
    {
        Require([TicketStatus.Received, TicketStatus.Returned], "派单");
        (LeadDepartmentId, CoDepartmentIds) = (lead, co.Where(d => d != lead).Distinct().ToList());
        (DispatchedOn, SignDue, SignedAt) = (today, calendar.AddWorkingDays(today, limits.SignDays).Date, null);
        if (Due is null) ComputeDue(calendar, ReceivedOn);
        Move(by, at, TicketStatus.Dispatched, "派单", $"主办：{leadName}" + (CoDepartmentIds.Count > 0 ? $"，协办 {CoDepartmentIds.Count} 个单位" : "") + $"；签收期限 {SignDue:yyyy-MM-dd}，办理期限 {Due:yyyy-MM-dd}");
    }

    /// <summary>签收 by the lead department.</summary>
    public void Sign(string by, DateTimeOffset at)
    {
        Require(TicketStatus.Dispatched, "签收");
        SignedAt = at;
        Move(by, at, TicketStatus.Handling, "签收", null);
    }

    /// <summary>退单: a misrouted ticket goes back to the centre with the reason, only within the return window after dispatch.</summary>
    public void Return(string by, DateTimeOffset at, DateOnly today, string reason, WorkingDaySchedule calendar, TicketLimits limits)
    {
        Require([TicketStatus.Dispatched, TicketStatus.Handling], "退单");
        var last = calendar.AddWorkingDays(DispatchedOn!.Value, limits.ReturnDays).Date;
        if (today > last) throw new TicketTransitionException($"派单后 {limits.ReturnDays} 个工作日内（{last:yyyy-MM-dd} 前）方可退单，已超过退单期限，请按首接负责制办理");
        var why = Text(reason, "退单须写明理由（如：不属于本单位职责，建议派往的单位）", "reason");
        (LeadDepartmentId, CoDepartmentIds, SignDue, SignedAt) = (null, [], null, null);
        Move(by, at, TicketStatus.Returned, "退单", why);
    }

    /// <summary>申请延期: the lead department asks; the centre decides.</summary>
    public void RequestExtension(string by, DateTimeOffset at, int days, string reason)
    {
        Require(TicketStatus.Handling, "申请延期");
        if (PendingExtensionDays is not null) throw new TicketTransitionException("已有待审批的延期申请");
        if (days is < 1 or > 30) throw new TicketTransitionException("延期应为1至30个工作日", "days");
        (PendingExtensionDays, PendingExtensionReason) = (days, Text(reason, "延期须写明理由（并已告知诉求人）", "reason"));
        Append(by, at, "申请延期", $"申请延期 {days} 个工作日：{PendingExtensionReason}");
    }

    public void DecideExtension(string by, DateTimeOffset at, bool approve, WorkingDaySchedule calendar)
    {
        if (PendingExtensionDays is not { } days) throw new TicketTransitionException("没有待审批的延期申请");
        if (approve)
        {
            ExtensionDays += days;
            ComputeDue(calendar, Reopened ? DispatchedOn!.Value : ReceivedOn);
        }
        Append(by, at, approve ? "批准延期" : "不批准延期", approve ? $"延期 {days} 个工作日，办理期限改为 {Due:yyyy-MM-dd}" : PendingExtensionReason);
        (PendingExtensionDays, PendingExtensionReason) = (null, null);
    }

    /// <summary>回复: the lead department's answer, to be reviewed by the centre before the caller sees it.</summary>
    public void Answer(string by, DateTimeOffset at, string reply)
    {
        Require(TicketStatus.Handling, "回复");
        (Reply, RepliedBy, RepliedAt) = (Text(reply, "请填写办理情况和答复内容", "reply"), by, at);
        Move(by, at, TicketStatus.AwaitingReview, "回复", Reply);
    }

    /// <summary>回复审核: an adequate reply goes to the caller; an inadequate one back to the department.</summary>
    public void Review(string by, DateTimeOffset at, bool adequate, string? note)
    {
        Require(TicketStatus.AwaitingReview, "审核");
        if (adequate)
        {
            ApprovedReply = Reply;
            Move(by, at, TicketStatus.AwaitingCallback, "审核通过", note);
        }
        else Move(by, at, TicketStatus.Handling, "审核退回", Text(note, "退回须写明回复的不足之处", "note"));
    }

    /// <summary>回访: resolved or not, and how satisfied; the ticket is closed.</summary>
    public void Callback(string by, DateTimeOffset at, bool resolved, Satisfaction satisfaction, string? note)
    {
        Require(TicketStatus.AwaitingCallback, "回访");
        (Resolved, Satisfaction, ClosedAt) = (resolved, satisfaction, at);
        Move(by, at, TicketStatus.Closed, "回访", $"{(resolved ? "已解决" : "未解决")}，{satisfaction.Label()}" + (string.IsNullOrWhiteSpace(note) ? "" : $"。{note.Trim()}"));
    }

    /// <summary>重办: once, when the caller found it unresolved or was not satisfied; back to the same lead department, its time limit counted anew.</summary>
    public void Reopen(string by, DateTimeOffset at, DateOnly today, string reason, WorkingDaySchedule calendar, TicketLimits limits)
    {
        Require(TicketStatus.Closed, "重办");
        if (Reopened) throw new TicketTransitionException("该工单已重办过一次，不能再次重办");
        if (LeadDepartmentId is null || (Resolved == true && Satisfaction != Hotline.Satisfaction.Unsatisfied))
            throw new TicketTransitionException("只有回访为未解决或不满意的工单可以重办");
        var why = Text(reason, "重办须写明理由", "reason");
        (Reopened, ExtensionDays, Resolved, Satisfaction, ClosedAt, ApprovedReply) = (true, 0, null, null, null, null);
        (DispatchedOn, SignDue, SignedAt) = (today, calendar.AddWorkingDays(today, limits.SignDays).Date, null);
        ComputeDue(calendar, today);
        Move(by, at, TicketStatus.Dispatched, "重办", $"{why}；办理期限 {Due:yyyy-MM-dd}");
    }

    /// <summary>合并: a repeat of an open ticket from the same caller about the same matter is closed into it (its caller is told through the other).</summary>
    public void MergeInto(string by, DateTimeOffset at, Ticket other)
    {
        Require([TicketStatus.Received, TicketStatus.Returned], "合并");
        if (other.Id == Id || other.Status == TicketStatus.Closed) throw new TicketTransitionException("只能合并到另一件未办结的工单", "into");
        (MergedInto, ClosedAt) = (other.Number, at);
        Move(by, at, TicketStatus.Closed, "合并", $"重复诉求，合并至工单 {other.Number} 办理");
        other.Append(by, at, "合并", $"工单 {Number} 的重复诉求并入本工单");
    }

    /// <summary>Reclassified by the centre (a 咨询 that is really a 投诉): its limit follows the kind.</summary>
    public void Reclassify(string by, DateTimeOffset at, TicketKind kind, int limitDays, WorkingDaySchedule calendar)
    {
        Require([TicketStatus.Received, TicketStatus.Returned], "改变诉求类型");
        (Kind, LimitDays) = (kind, limitDays);
        if (Due is not null) ComputeDue(calendar, ReceivedOn);
        Append(by, at, "改类", $"诉求类型改为{kind.Label()}，办理时限 {limitDays} 个工作日");
    }

    private void Require(TicketStatus from, string action) => Require([from], action);

    private void Require(TicketStatus[] from, string action)
    {
        if (!from.Contains(Status)) throw new TicketTransitionException($"工单当前为“{Status.Label()}”，不能{action}");
    }

    private void Move(string by, DateTimeOffset at, TicketStatus to, string action, string? detail)
    {
        Status = to;
        Append(by, at, action, detail);
    }

    private void Append(string by, DateTimeOffset at, string action, string? detail)
    {
        Events.Add(new TicketEvent { Sequence = Events.Count + 1, At = at, Actor = by, Action = action, To = Status, Detail = detail });
        Concurrency = Guid.NewGuid();
    }

    private static string Text(string? value, string message, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new TicketTransitionException(message, field) : value.Trim();
}

/// <summary>What a new ticket carries (checked by the handler before it is received).</summary>
internal sealed record TicketIntake(TicketChannel Channel, TicketKind Kind, string CategoryCode, string Content, bool Anonymous, string? CallerName, string? CallerPhone,
    string? CallerPhoneIndex, Guid? CallerAccountId, string? Address, string? DivisionCode, string? ItemCode, string? CaseNumber, int? HallId, string? SourceNumber, bool MayPublish);
