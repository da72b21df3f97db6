#if BENCH_ENDPOINTS
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Common.Http;

/// <summary>
/// Baselines for bench/*.sh, measured in the same process as the real endpoints. Mapped only when
/// Bench:Endpoints=true (never in a normal installation), and left out of the API description.
/// </summary>
internal static class BenchEndpoints
{
    public static void MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:Endpoints", false)) return;
        var bench = app.MapGroup("/bench").ExcludeFromDescription();
        bench.MapGet("/hello", () => TypedResults.Ok(new { hello = "world" }));
        // 政策找人 on the database (issue 17): generated firms in the 法人库 and the 企业经营数据库, then one full match timed.
        bench.MapPost("/seed-firms", async (int count, YiwangDb db, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await BenchFirms.SeedAsync(db, count, clock.GetUtcNow(), ct)));
        bench.MapPost("/policy-match", async (Features.Policies.Matching.PolicyMatcher matcher, CancellationToken ct) =>
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var run = await matcher.RunAsync(null, null, "bench", ct);
            return TypedResults.Ok(new { run.Firms, run.Clauses, run.Eligible, run.NewlyEligible, run.NearMisses, run.Proposed, Ms = sw.ElapsedMilliseconds });
        });
        bench.MapPost("/generate-history", async (int cases, int open, YiwangDb db, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await BenchHistory.GenerateAsync(db, clock, cases, open, ct)));
        bench.MapGet("/count-cases", async (YiwangDb db, CancellationToken ct) => TypedResults.Ok(await BenchHistory.CountAsync(db, ct)));
        // One durable single-row insert into the same database, through the same connection pool.
        bench.MapPost("/raw-insert", async (YiwangDb db, TimeProvider clock, SqliteWriteGate gate) =>
        {
            using var _ = await gate.EnterAsync(default);
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "AuditEntries" ("At", "Actor", "Action", "Subject") VALUES ({Ticks(db, clock)}, 'bench', 'bench.insert', 'bench')""");
            return TypedResults.Ok();
        });
        // One indexed one-row read, the floor under the progress query.
        bench.MapGet("/raw-read", async (string number, YiwangDb db) =>
            TypedResults.Ok(await db.Cases.AsNoTracking().Where(c => c.Number == number).Select(c => new { c.Number, c.Status }).SingleOrDefaultAsync()));
        // The same read as a compiled query: the stricter floor (the progress query is compiled too).
        bench.MapGet("/raw-read-compiled", async (string number, YiwangDb db) => TypedResults.Ok(await CompiledRead(db, number)));
        // Cases accepted and waiting at their review step, for the task-completion benchmark.
        bench.MapPost("/seed-cases", async (int count, string itemCode, YiwangDb db, CaseNumbers numbers, WorkingDayCalendar calendar, TimeProvider clock) =>
        {
            var item = await db.ServiceItems.Include(i => i.Versions).SingleAsync(i => i.Code == itemCode);
            var created = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                var now = clock.GetUtcNow();
                var c = Case.Open(await numbers.NextAsync(default), item, item.Current!, null, "压测企业", CaseChannel.Window, now);
                c.Submit(new Actor("bench", now));
                c.Accept(new Actor("bench", now), clock.Today(), calendar.Schedule);
                db.Cases.Add(c);
                created.Add(c.Number);
                if (created.Count % 500 == 0) { await db.SaveChangesAsync(); db.ChangeTracker.Clear(); }
            }
            await db.SaveChangesAsync();
            return TypedResults.Ok(created);
        });
    }

    private static readonly Func<YiwangDb, string, Task<RawRow?>> CompiledRead = EF.CompileAsyncQuery(
        (YiwangDb db, string number) => db.Cases.AsNoTracking().Where(c => c.Number == number).Select(c => new RawRow(c.Number, c.Status)).SingleOrDefault());

    private sealed record RawRow(string Number, CaseStatus Status);

    private static object Ticks(YiwangDb db, TimeProvider clock) =>
        db.Database.IsSqlite() ? clock.GetUtcNow().UtcTicks : clock.GetUtcNow();
}
#endif
