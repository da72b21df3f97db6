using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Commitments;

/// <summary>
/// A case's decision moves its 告知承诺书: a grant opens their 事后核查 (due 20 working days on), an
/// end without a grant cancels them, a recalled decision reopens them. In the decision's unit of work.
/// </summary>
internal sealed class CommitmentFollowUp(YiwangDb db, WorkingDayCalendar calendar)
    : IHandles<CaseDecided>, IHandles<CaseRefused>, IHandles<CaseWithdrawn>, IHandles<DecisionRecalled>
{
    public Task HandleAsync(CaseDecided e, CancellationToken ct) => ForEachAsync(e.Case, l =>
    {
        if (e.Case.Decision == Decision.Grant) l.Granted(DueAfter(ChinaTime.Date(e.Case.DecidedAt!.Value), calendar.Schedule));
        else l.Cancel();
    }, ct);

    public Task HandleAsync(CaseRefused e, CancellationToken ct) => ForEachAsync(e.Case, l => l.Cancel(), ct);

    public Task HandleAsync(CaseWithdrawn e, CancellationToken ct) => ForEachAsync(e.Case, l => l.Cancel(), ct);

    public Task HandleAsync(DecisionRecalled e, CancellationToken ct) => ForEachAsync(e.Case, l => l.Reopen(), ct);

    private async Task ForEachAsync(Case c, Action<Commitment> change, CancellationToken ct)
    {
        foreach (var letter in await db.Commitments.Where(x => x.CaseId == c.Id).ToListAsync(ct)) change(letter);
    }

    private static DateOnly DueAfter(DateOnly decided, WorkingDaySchedule schedule)
    {
        try { return schedule.AddWorkingDays(decided, Commitment.CheckWithinWorkingDays).Date; }
        catch (CalendarRangeException) { return decided.AddDays(Commitment.CheckWithinWorkingDays * 7 / 5); }
    }
}
