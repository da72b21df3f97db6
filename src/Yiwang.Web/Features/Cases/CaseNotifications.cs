using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// Tells the applicant at acceptance, 补正, refusal, decision and delivery: an in-site message saved
/// with the transition itself, then an SMS through <see cref="INotificationSender"/> after commit.
/// </summary>
public sealed class CaseNotifications(YiwangDb db, INotificationSender sender)
{
    public Message? Prepare(Case c, string action)
    {
        if (c.ApplicantId is not { } to) return null;
        var (title, body) = action switch
        {
            "accept" => ("办件已受理", $"您申请的“{c.ItemName}”已受理，办件编号 {c.Number}，办结期限 {c.Due:yyyy-MM-dd}。"),
            "request-supplement" => ("请补正材料", $"您申请的“{c.ItemName}”（{c.Number}）需补正：{string.Join("；", c.MissingMaterials)}。"),
            "refuse" => ("不予受理", $"您申请的“{c.ItemName}”（{c.Number}）不予受理，理由见办件详情。"),
            "decide" => (c.Decision == Decision.Grant ? "审批通过" : "审批未通过", $"您申请的“{c.ItemName}”（{c.Number}）已作出决定：{c.DecisionReason}。"),
            "deliver" => ("已办结", $"您申请的“{c.ItemName}”（{c.Number}）已办结，{c.DeliveryMethod?.Label()}{(c.TrackingNumber is null ? "" : "，快递单号 " + c.TrackingNumber)}。"),
            _ => (null, null),
        };
        if (title is null) return null;
        var message = new Message { AccountId = to, At = c.Events[^1].At, Title = title, Body = body!, CaseNumber = c.Number };
        db.Messages.Add(message);
        return message;
    }

    public async Task SendAsync(Message? message, CancellationToken ct)
    {
        if (message is null) return;
        var phone = (await db.Users.FindAsync([message.AccountId], ct))?.Phone;
        await sender.SendAsync(phone, message.Title, message.Body, ct);
    }
}
