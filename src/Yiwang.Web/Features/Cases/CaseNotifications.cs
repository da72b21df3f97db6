using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Notifications;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// Tells the applicant at acceptance (by the window or by law), 补正, refusal, a special procedure and
/// its end, an extension, decision and delivery, each with the due date it leaves: an in-site message saved
/// with the transition itself, then an SMS after commit. A 一件事's parts are accepted, sent to 补正
/// and delivered together; the bundle tells of those in one message of its own.
/// </summary>
[EventOrder(EventOrder.Tell)]
internal sealed class CaseNotifications(Inbox inbox) : IHandles<CaseActed>
{
    public Task HandleAsync(CaseActed e, CancellationToken ct)
    {
        var c = e.Case;
        if (c.ApplicantId is not { } to) return Task.CompletedTask;
        if (c.BundleCaseId is not null && e.Action is CaseAction.Accept or CaseAction.RequestSupplement or CaseAction.Deliver) return Task.CompletedTask;
        var (title, body) = e.Action switch
        {
            CaseAction.Accept => ("办件已受理", $"您申请的“{c.ItemName}”已受理，办件编号 {c.Number}，办结期限 {c.Due:yyyy-MM-dd}"
                + (c.AcceptedByLaw ? $"（已超过收件后{AcceptanceTerm.WorkingDays}个工作日，依法自收件之日 {c.AcceptedOn:yyyy-MM-dd} 起计算）。" : "。")),
            CaseAction.AcceptByLaw => ("办件依法视为受理", $"您申请的“{c.ItemName}”（{c.Number}）在收件后{AcceptanceTerm.WorkingDays}个工作日内未被受理或告知补正，"
                + $"依{AcceptanceTerm.Basis}，自收件之日 {c.AcceptedOn:yyyy-MM-dd} 起视为受理，办结期限 {c.Due:yyyy-MM-dd}。"),
            CaseAction.RequestSupplement => ("请补正材料", $"您申请的“{c.ItemName}”（{c.Number}）需补正：{string.Join("；", c.MissingMaterials)}。请于 {c.SupplementDue:yyyy-MM-dd} 前补正，逾期未补正的将不予受理。"),
            CaseAction.Refuse => ("不予受理", $"您申请的“{c.ItemName}”（{c.Number}）不予受理，理由见办件详情。"),
            CaseAction.CloseUnsupplemented => ("逾期未补正，不予受理", $"您申请的“{c.ItemName}”（{c.Number}）未在补正期限 {c.SupplementDue:yyyy-MM-dd} 前补正，不予受理。可重新申请。"),
            CaseAction.Suspend when c.Suspensions.LastOrDefault() is { } s => ("办件进入特别程序", $"您申请的“{c.ItemName}”（{c.Number}）需要{s.Kind.Label()}：{s.Reason}。"
                + $"预计至 {s.Until:yyyy-MM-dd}，所需时间不计入办理时限（依据：{s.Basis}），结束后办结期限相应顺延。"),
            CaseAction.Resume => ("特别程序结束，恢复计时", $"您申请的“{c.ItemName}”（{c.Number}）特别程序已结束，恢复计时，办结期限调整为 {c.Due:yyyy-MM-dd}。"),
            CaseAction.Extend when c.Extensions.LastOrDefault() is { } x => ("办件延期办理", $"您申请的“{c.ItemName}”（{c.Number}）经{x.Approver}批准延期 {x.Days} 个工作日：{x.Reason}。"
                + $"办结期限调整为 {c.Due:yyyy-MM-dd}（依据：{x.Basis}）。"),
            CaseAction.Decide => (c.Decision == Decision.Grant ? "审批通过" : "审批未通过", $"您申请的“{c.ItemName}”（{c.Number}）已作出决定：{c.DecisionReason}。"),
            CaseAction.Deliver => ("已办结", $"您申请的“{c.ItemName}”（{c.Number}）已办结，{c.DeliveryMethod?.Label()}{(c.TrackingNumber is null ? "" : "，快递单号 " + c.TrackingNumber)}。"),
            _ => ((string?)null, (string?)null),
        };
        if (title is not null) inbox.Post(to, e.Entry.At, title, body!, c.Number, sms: true);
        return Task.CompletedTask;
    }
}
