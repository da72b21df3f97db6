using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Notifications;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// Tells the applicant at acceptance, 补正, refusal, decision and delivery: an in-site message saved
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
            CaseAction.Accept => ("办件已受理", $"您申请的“{c.ItemName}”已受理，办件编号 {c.Number}，办结期限 {c.Due:yyyy-MM-dd}。"),
            CaseAction.RequestSupplement => ("请补正材料", $"您申请的“{c.ItemName}”（{c.Number}）需补正：{string.Join("；", c.MissingMaterials)}。"),
            CaseAction.Refuse => ("不予受理", $"您申请的“{c.ItemName}”（{c.Number}）不予受理，理由见办件详情。"),
            CaseAction.Decide => (c.Decision == Decision.Grant ? "审批通过" : "审批未通过", $"您申请的“{c.ItemName}”（{c.Number}）已作出决定：{c.DecisionReason}。"),
            CaseAction.Deliver => ("已办结", $"您申请的“{c.ItemName}”（{c.Number}）已办结，{c.DeliveryMethod?.Label()}{(c.TrackingNumber is null ? "" : "，快递单号 " + c.TrackingNumber)}。"),
            _ => ((string?)null, (string?)null),
        };
        if (title is not null) inbox.Post(to, e.Entry.At, title, body!, c.Number, sms: true);
        return Task.CompletedTask;
    }
}
