using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Supervision;

internal sealed record SweepResult(DateOnly Day, int CasesLookedAt, int CardsRaised);

/// <summary>
/// The supervision sweep: looks only at cases whose next check day has come (an index on
/// <c>NextCheckOn</c>), raises the cards due and moves each case's next check day on. Safe to run
/// late (every rule compares with today, so missed days are caught up), twice, or on two servers at
/// once: a card is unique per case, rule and step, and a case's next check day is only moved on if
/// nobody changed it meanwhile.
/// </summary>
internal sealed class SupervisionSweep(YiwangDb db, WorkingDayCalendar calendar, SupervisionSettings settings, TimeProvider clock, ILogger<SupervisionSweep> log,
    IServiceScopeFactory scopes, SqliteWriteGate gate)
{
    public const int Chunk = 1000;

    public async Task<SweepResult> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var rules = await settings.RulesAsync(ct);
        var schedule = calendar.Schedule;
        int looked = 0, raised = 0;
        // The ids first, straight from the index on NextCheckOn; then the facts of each chunk by id.
        var due = await db.Cases.AsNoTracking().Where(c => c.NextCheckOn != null && c.NextCheckOn <= today).Select(c => c.Id).ToListAsync(ct);
        // Chunks are independent (each card is unique, each move conditional), so two run at once on
        // their own connections: on SQLite one reads its cases while the other writes (WAL readers
        // never wait; the writes still take turns through the write gate), on PostgreSQL both at once.
        await Parallel.ForEachAsync(due.Chunk(Chunk), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = ct }, async (chunk, ct) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var (l, r, late) = await ChunkAsync(scope.ServiceProvider.GetRequiredService<YiwangDb>(), chunk, today, rules, schedule, ct);
            r += await AcceptByLawAsync(scope.ServiceProvider, late, today, schedule, ct);
            Interlocked.Add(ref looked, l);
            Interlocked.Add(ref raised, r);
        });
        using (await gate.EnterAsync(ct)) raised += await RectificationsOverdueAsync(db, today, rules, schedule, ct);
        using (await gate.EnterAsync(ct)) raised += await PostChecksOverdueAsync(db, today, rules, schedule, ct);
        using (await gate.EnterAsync(ct)) raised += await BundlesOverdueAsync(db, today, rules, schedule, ct);
        if (raised > 0) log.LogInformation("Supervision sweep {Day}: {Cases} cases looked at, {Cards} cards raised", today, looked, raised);
        return new SweepResult(today, looked, raised);
    }

    /// <summary>
    /// §32: each case still waiting for acceptance past its five working days is accepted by law from its
    /// receipt, as a case action of its own (the applicant is told, a notice is issued, a red card raised
    /// with it). One case at a time, under its concurrency token: a window acting at the same moment wins.
    /// </summary>
    private async Task<int> AcceptByLawAsync(IServiceProvider services, List<long> ids, DateOnly today, WorkingDaySchedule schedule, CancellationToken ct)
    {
        var done = 0;
        var db = services.GetRequiredService<YiwangDb>();
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var c = await db.Cases.Include(x => x.Events).SingleOrDefaultAsync(x => x.Id == id, ct);
            if (c is null || c.Status != Cases.CaseStatus.Submitted) continue;
            try
            {
                c.AcceptByLaw(new Cases.Actor(SystemActor, clock.GetUtcNow(), "sweep"), today, schedule);
                await unitOfWork.CommitAsync(ct);
                done++;
            }
            catch (Cases.CaseTransitionException) { }
            catch (DbUpdateException e) when (DbErrors.IsConflict(e)) { log.LogInformation("Case {Id} changed while being accepted by law; left for the next sweep", id); }
        }
        db.ChangeTracker.Clear();
        return done;
    }

    /// <summary>Who acts when the law does (the timeline shows it as it is).</summary>
    public const string SystemActor = "系统（依法）";

    private async Task<(int Looked, int Raised, List<long> AcceptByLaw)> ChunkAsync(YiwangDb db, long[] chunk, DateOnly today, SupervisionRules rules, WorkingDaySchedule schedule, CancellationToken ct)
    {
        var rows = await db.Cases.AsNoTracking()
            .Where(c => chunk.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Number, c.ItemName, c.DepartmentId, c.Assignee, c.Status, c.StepIndex, c.Steps,
                c.StepStartedOn, c.Due, c.LegalDue, c.NextCheckOn, c.ReceivedOn, c.Suspensions,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var existing = (await db.Cards.AsNoTracking().Where(k => ids.Contains(k.CaseId)).Select(k => new { k.CaseId, k.Rule, k.Step }).ToListAsync(ct))
            .ToLookup(k => k.CaseId, k => (k.Rule, k.Step));
        var cards = new List<Card>();
        var moves = new List<(long Id, DateOnly? From, DateOnly? To)>();
        var late = new List<long>();
        foreach (var r in rows)
        {
            var c = new WatchedCase(r.Id, r.Number, r.ItemName, r.DepartmentId, r.Assignee, r.Status, r.StepIndex,
                r.Steps.Select(s => new ProcedureStepLimit(s.Name, s.Days)).ToList(), r.StepStartedOn, r.Due, r.LegalDue, r.ReceivedOn, r.Suspensions);
            // Accepting it (after this chunk's writes) sets its next check day anew.
            if (c.DueForAcceptanceByLaw(today, schedule)) { late.Add(r.Id); continue; }
            var done = existing[r.Id].ToHashSet();
            foreach (var f in CardRules.Due(c, today, rules, schedule, done))
            {
                cards.Add(Card.Raise(f, r.Id, r.Number, r.ItemName, r.DepartmentId, r.Assignee, clock.GetUtcNow(), today,
                    CardIssuer.AnswerDue(today, rules, schedule)));
                done.Add((f.Rule, f.Step));
            }
            moves.Add((r.Id, r.NextCheckOn, CardRules.NextCheck(c, rules, schedule, done)));
        }
        using var _ = await gate.EnterAsync(ct);
        var inserted = await InsertAsync(db, cards, ct);
        await WarnAsync(db, inserted.Where(k => k.Level == CardLevel.Warning).ToList(), ct);
        foreach (var g in moves.GroupBy(m => (m.From, m.To)))
        {
            var group = g.Select(m => m.Id).ToList();
            var (from, to) = g.Key;
            // Only where nobody moved the day meanwhile (a case action sets it anew).
            await db.Cases.Where(c => group.Contains(c.Id) && c.NextCheckOn == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.NextCheckOn, to), ct);
        }
        return (rows.Count, inserted.Count, late);
    }

    /// <summary>A 差评 not rectified by its deadline: a yellow card to the department (once per rectification).</summary>
    private async Task<int> RectificationsOverdueAsync(YiwangDb db, DateOnly today, SupervisionRules rules, WorkingDaySchedule schedule, CancellationToken ct) =>
        await YellowOnceAsync(db, CardRule.RectificationOverdue, await db.Rectifications.AsNoTracking()
            .Where(x => (x.Status == Ratings.RectificationStatus.Pending || x.Status == Ratings.RectificationStatus.InProgress) && x.Due < today
                        && !db.Cards.Any(k => k.CaseId == x.CaseId && k.Rule == CardRule.RectificationOverdue && k.Step == x.Id))
            .Take(Chunk).Select(x => new Overdue(x.Id, x.CaseId, x.CaseNumber, x.Rating!.ItemName, x.DepartmentId, $"差评整改期限 {x.Due:yyyy-MM-dd} 已过，尚未答复评价人"))
            .ToListAsync(ct), today, rules, schedule, ct);

    /// <summary>A 告知承诺 not checked by its 事后核查 deadline: a yellow card to the department (once per commitment).</summary>
    private async Task<int> PostChecksOverdueAsync(YiwangDb db, DateOnly today, SupervisionRules rules, WorkingDaySchedule schedule, CancellationToken ct) =>
        await YellowOnceAsync(db, CardRule.PostCheckOverdue, await db.Commitments.AsNoTracking()
            .Where(x => x.Status == Commitments.PostCheckStatus.Open && x.CheckDue < today
                        && !db.Cards.Any(k => k.CaseId == x.CaseId && k.Rule == CardRule.PostCheckOverdue && k.Step == x.Id))
            .Take(Chunk).Select(x => new Overdue(x.Id, x.CaseId, x.CaseNumber, x.ItemName, x.DepartmentId, $"告知承诺（{x.MaterialName}）的事后核查期限 {x.CheckDue:yyyy-MM-dd} 已过，尚未登记核查结论"))
            .ToListAsync(ct), today, rules, schedule, ct);

    /// <summary>
    /// 一件事 not delivered by its promised (yellow) or its legal limit (red): one card each per bundle
    /// case, raised on the part still open (its department answers), the bundle's id as the card's step.
    /// </summary>
    private async Task<int> BundlesOverdueAsync(YiwangDb db, DateOnly today, SupervisionRules rules, WorkingDaySchedule schedule, CancellationToken ct)
    {
        var found = new List<(long BundleId, CardRule Rule, CardLevel Level, string Detail)>();
        foreach (var (rule, level) in new[] { (CardRule.JointPromisedPassed, CardLevel.Yellow), (CardRule.JointLegalPassed, CardLevel.Red) })
        {
            var late = await db.BundleCases.AsNoTracking()
                .Where(b => b.ClosedAt == null && (rule == CardRule.JointLegalPassed ? b.LegalDue < today : b.Due < today)
                            && !db.Cards.Any(k => k.Rule == rule && k.Step == (int)b.Id))
                .Take(Chunk).Select(b => new { b.Id, b.Number, b.BundleName, b.Due, b.LegalDue, b.LegalDays }).ToListAsync(ct);
            found.AddRange(late.Select(b => (b.Id, rule, level, rule == CardRule.JointLegalPassed
                ? $"一件事“{b.BundleName}”（{b.Number}）联合办理法定时限 {b.LegalDue:yyyy-MM-dd}（{b.LegalDays}个工作日）已过，尚未统一出件"
                : $"一件事“{b.BundleName}”（{b.Number}）承诺时限 {b.Due:yyyy-MM-dd} 已过，尚未统一出件")));
        }
        var cards = new List<Card>();
        foreach (var f in found)
        {
            var part = await db.Cases.AsNoTracking().Where(c => c.BundleCaseId == f.BundleId)
                .OrderBy(c => c.Status == Cases.CaseStatus.Closed || c.Status == Cases.CaseStatus.Decided ? 1 : 0).ThenBy(c => c.Id)
                .Select(c => new { c.Id, c.Number, c.ItemName, c.DepartmentId, c.Assignee }).FirstOrDefaultAsync(ct);
            if (part is null) continue;
            cards.Add(Card.Raise(new CardFinding(f.Rule, f.Level, (int)f.BundleId, f.Detail), part.Id, part.Number, part.ItemName, part.DepartmentId, part.Assignee,
                clock.GetUtcNow(), today, CardIssuer.AnswerDue(today, rules, schedule)));
        }
        return (await InsertAsync(db, cards, ct)).Count;
    }

    /// <summary>Something of a case left undone past its deadline (a rectification, a post-check): one yellow card each, its id as the card's step.</summary>
    private sealed record Overdue(long Id, long CaseId, string CaseNumber, string ItemName, int DepartmentId, string Detail);

    private async Task<int> YellowOnceAsync(YiwangDb db, CardRule rule, List<Overdue> late, DateOnly today, SupervisionRules rules, WorkingDaySchedule schedule, CancellationToken ct) =>
        (await InsertAsync(db, late.Select(x => Card.Raise(new CardFinding(rule, CardLevel.Yellow, (int)x.Id, x.Detail),
            x.CaseId, x.CaseNumber, x.ItemName, x.DepartmentId, null, clock.GetUtcNow(), today, CardIssuer.AnswerDue(today, rules, schedule))).ToList(), ct)).Count;

    /// <summary>A 预警 reaches the assignee, or every staff member of the department while nobody is assigned, as an in-site message.</summary>
    private static async Task WarnAsync(YiwangDb db, List<Card> warnings, CancellationToken ct)
    {
        if (warnings.Count == 0) return;
        var names = warnings.Where(k => k.Assignee is not null).Select(k => k.Assignee!).Distinct().ToList();
        var departments = warnings.Where(k => k.Assignee is null).Select(k => k.DepartmentId).Distinct().ToList();
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.Kind == Accounts.AccountKind.Staff && (names.Contains(u.UserName!) || (u.DepartmentId != null && departments.Contains(u.DepartmentId.Value))))
            .Select(u => new { u.Id, u.UserName, u.DepartmentId }).ToListAsync(ct);
        foreach (var k in warnings)
            foreach (var to in staff.Where(u => k.Assignee is { } a ? u.UserName == a : u.DepartmentId == k.DepartmentId))
                Common.Notifications.Inbox.Add(db, to.Id, k.RaisedAt, "环节时限预警", $"办件 {k.CaseNumber}（{k.ItemName}）：{k.Detail}，请抓紧办理。", k.CaseNumber);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Inserts the cards; one that another sweep raised first is skipped (unique per case, rule and step).</summary>
    private static async Task<List<Card>> InsertAsync(YiwangDb db, List<Card> cards, CancellationToken ct)
    {
        if (cards.Count == 0) return cards;
        try
        {
            db.Cards.AddRange(cards);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return cards;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var inserted = new List<Card>();
            foreach (var card in cards.Select(Copy))
            {
                try
                {
                    db.Cards.Add(card);
                    await db.SaveChangesAsync(ct);
                    inserted.Add(card);
                }
                catch (DbUpdateException) { }
                finally { db.ChangeTracker.Clear(); }
            }
            return inserted;
        }
    }

    private static Card Copy(Card k) => Card.Raise(new CardFinding(k.Rule, k.Level, k.Step, k.Detail), k.CaseId, k.CaseNumber, k.ItemName,
        k.DepartmentId, k.Assignee, k.RaisedAt, k.RaisedOn, k.AnswerDue);
}

/// <summary>
/// Runs the sweep (and the invitations to rate) at start and every <c>Supervision:SweepMinutes</c>
/// (default 5; 0: only on demand, POST /api/v1/supervision/sweep, e.g. for bench/supervision.sh).
/// </summary>
internal sealed class SupervisionSweepService(IServiceScopeFactory scopes, IConfiguration config, ILogger<SupervisionSweepService> log)
    : Common.Hosting.PeriodicJob(scopes, config, log, "Supervision:SweepMinutes", 5)
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<SupervisionSweep>().RunAsync(ct);
        await services.GetRequiredService<Ratings.RatingInvitations>().SendAsync(ct);
    }
}
