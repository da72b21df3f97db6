using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// Tells the applicant of a 一件事's one acceptance (with the parts sent to 补正) and its one
/// delivery, in one message each, saved with the step (the parts' own messages for these are
/// skipped by the case notifications).
/// </summary>
[EventOrder(EventOrder.Tell)]
internal sealed class BundleNotifications(Inbox inbox) : IHandles<BundleAccepted>, IHandles<BundleClosed>, IHandles<BundleExtended>
{
    public Task HandleAsync(BundleExtended e, CancellationToken ct)
    {
        var b = e.Bundle;
        inbox.Post(b.ApplicantId, e.Entry.At, "一件事延期办理",
            $"您申请的“{b.BundleName}”（{b.Number}）经{e.Extension.Approver}批准延期 {e.Extension.Days} 个工作日：{e.Extension.Reason}。办结期限调整为 {b.Due:yyyy-MM-dd}。", b.Number, sms: true);
        return Task.CompletedTask;
    }

    public Task HandleAsync(BundleAccepted e, CancellationToken ct)
    {
        var b = e.Bundle;
        inbox.Post(b.ApplicantId, e.Entry.At, e.Returned.Count == 0 ? "一件事已受理" : "一件事部分事项需补正",
            $"您申请的“{b.BundleName}”（{b.Number}）" + (e.Accepted.Count > 0 ? $"已受理：{string.Join("、", e.Accepted)}。" : "")
                + (e.Returned.Count > 0 ? $"需补正：{string.Join("；", e.Returned)}，其他事项照常办理。" : ""), b.Number);
        return Task.CompletedTask;
    }

    public Task HandleAsync(BundleClosed e, CancellationToken ct)
    {
        var b = e.Bundle;
        inbox.Post(b.ApplicantId, e.Entry.At, "一件事已办结",
            $"您申请的“{b.BundleName}”（{b.Number}）已全部办结，{e.Delivered.Count}项办理结果已统一{b.DeliveryMethod.Label()}。", b.Number);
        return Task.CompletedTask;
    }
}
