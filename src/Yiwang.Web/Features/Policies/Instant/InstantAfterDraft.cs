using Yiwang.Web.Common.Events;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Policies.Instant;

/// <summary>
/// 秒批 for an application submitted from a draft (its materials uploaded first): compared once the
/// submission has committed. A direct online submission is compared by the submitting handler itself.
/// </summary>
internal sealed class InstantAfterDraft(InstantApprover approver, AfterCommit after) : IHandles<CaseSubmitted>
{
    public Task HandleAsync(CaseSubmitted e, CancellationToken ct)
    {
        if (e.Case.Channel == CaseChannel.Online) after.Add(token => approver.TryAsync(e.Case.Number, token));
        return Task.CompletedTask;
    }
}
