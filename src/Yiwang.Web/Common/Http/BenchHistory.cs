#if BENCH_ENDPOINTS
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Common.Http;

/// <summary>
/// Scale data for bench/supervision.sh, written straight in SQL (the API would take hours): a year of
/// closed cases and a set of open ones, four events each. Open cases come due for supervision spread
/// over the next 100 days (1 % today). Mapped only with Bench:Endpoints=true.
/// </summary>
internal static class BenchHistory
{
    private const string EmptyForm = "{}";
    private const string Steps = """[{"name":"受理","days":1},{"name":"审查","days":4},{"name":"决定","days":1},{"name":"办结","days":0}]""";

    public static async Task<object> GenerateAsync(YiwangDb db, TimeProvider clock, int cases, int open, CancellationToken ct)
    {
        var item = await db.ServiceItems.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Code, i.DepartmentId }).FirstAsync(ct);
        var today = clock.Today();
        var yearStart = new DateOnly(today.Year, 1, 1);
        var span = Math.Max(1, today.DayNumber - yearStart.DayNumber);
        var watch = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        if (db.Database.IsNpgsql())
        {
            // Only numbers, dates and the item code read from our own table are spliced in.
            var insert = $"""
                INSERT INTO "Cases" ("Id","Number","ServiceItemId","ItemCode","ItemName","ItemVersionNo","DepartmentId","ApplicantName","Channel","Status","Steps","StepIndex","Kind",
                  "ChiefDecidesAtWindow","PromisedDays","LegalDays","CreatedAt","SubmittedAt","AcceptedOn","AcceptedAt","Due","DueProvisional","SupplementRounds","MissingMaterials","Suspensions",
                  "Extensions","Countersigns","FormData","FormComplete","DecidedAt","ClosedAt","Trips","Concurrency","StepStartedOn","NextCheckOn","Decision","DeliveryMethod")
                SELECT 1000000000 + i, 'B-' || i, {item.Id}, '{item.Code}', '压测事项', 1, {item.DepartmentId}, '压测企业', CASE WHEN i % 3 = 0 THEN 'Window' ELSE 'Online' END,
                  CASE WHEN i <= {open} THEN 'InProgress' ELSE 'Closed' END, '{Steps}', CASE WHEN i <= {open} THEN 1 ELSE 3 END, 'Promised', false, 6, 20,
                  d.submitted, d.submitted, d.submitted::date, d.submitted + interval '1 hour', d.submitted::date + 8, false, 0, '[]', '[]', '[]', '[]', '{EmptyForm}', true,
                  CASE WHEN i <= {open} THEN NULL ELSE d.closed - interval '1 day' END, CASE WHEN i <= {open} THEN NULL ELSE d.closed END,
                  CASE WHEN i % 3 = 0 AND i > {open} THEN 1 ELSE 0 END, gen_random_uuid(), d.submitted::date,
                  CASE WHEN i <= {open} THEN DATE '{today:yyyy-MM-dd}' + (i % 100) ELSE NULL END,
                  CASE WHEN i <= {open} THEN NULL ELSE 'Grant' END, CASE WHEN i <= {open} THEN NULL ELSE 'Electronic' END
                FROM generate_series(1, {cases}) AS i,
                  LATERAL (SELECT CASE WHEN i <= {open} THEN TIMESTAMPTZ '{today:yyyy-MM-dd}' - ((i % 20) || ' days')::interval
                                       ELSE TIMESTAMPTZ '{yearStart:yyyy-MM-dd}' + ((i % {span}) || ' days')::interval - interval '5 days' END AS submitted,
                                  TIMESTAMPTZ '{yearStart:yyyy-MM-dd}' + ((i % {span}) || ' days')::interval AS closed) AS d
                """;
            await db.Database.ExecuteSqlRawAsync(Literal(insert), ct);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "CaseEvents" ("Id","CaseId","Sequence","At","Actor","Action","From","To","Detail","Place","InPerson")
                SELECT c."Id" * 4 + s, c."Id", s, c."CreatedAt" + (s || ' hours')::interval, 'bench',
                  (ARRAY['submit','accept','pass','decide'])[s], 'InProgress', 'InProgress', NULL, NULL, false
                FROM "Cases" c CROSS JOIN generate_series(1, 4) AS s WHERE c."Number" LIKE 'B-%'
                """, ct);
            await db.Database.ExecuteSqlRawAsync("""SELECT setval('case_ids', 9000000000); SELECT setval('case_event_ids', 90000000000);""", ct);
            // What autovacuum does on a running system: statistics and the visibility map (index-only scans).
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", ct);
        }
        else
        {
            // DateTimeOffset is stored as UTC ticks on SQLite (YiwangDb).
            const long unixEpochTicks = 621355968000000000;
            var insert = $"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {cases}),
                d AS (SELECT i, CASE WHEN i <= {open} THEN date('{today:yyyy-MM-dd}', '-' || (i % 20) || ' days')
                                     ELSE date('{yearStart:yyyy-MM-dd}', '+' || (i % {span}) || ' days', '-5 days') END AS submitted,
                             date('{yearStart:yyyy-MM-dd}', '+' || (i % {span}) || ' days') AS closed FROM n)
                INSERT INTO "Cases" ("Number","ServiceItemId","ItemCode","ItemName","ItemVersionNo","DepartmentId","ApplicantName","Channel","Status","Steps","StepIndex","Kind",
                  "ChiefDecidesAtWindow","PromisedDays","LegalDays","CreatedAt","SubmittedAt","AcceptedOn","AcceptedAt","Due","DueProvisional","SupplementRounds","MissingMaterials","Suspensions",
                  "Extensions","Countersigns","FormData","FormComplete","DecidedAt","ClosedAt","Trips","Concurrency","StepStartedOn","NextCheckOn","Decision","DeliveryMethod")
                SELECT 'B-' || i, {item.Id}, '{item.Code}', '压测事项', 1, {item.DepartmentId}, '压测企业', CASE WHEN i % 3 = 0 THEN 'Window' ELSE 'Online' END,
                  CASE WHEN i <= {open} THEN 'InProgress' ELSE 'Closed' END, '{Steps}', CASE WHEN i <= {open} THEN 1 ELSE 3 END, 'Promised', 0, 6, 20,
                  unixepoch(submitted) * 10000000 + {unixEpochTicks}, unixepoch(submitted) * 10000000 + {unixEpochTicks}, submitted, (unixepoch(submitted) + 3600) * 10000000 + {unixEpochTicks}, date(submitted, '+8 days'), 0, 0, '[]', '[]', '[]', '[]', '{EmptyForm}', 1,
                  CASE WHEN i <= {open} THEN NULL ELSE (unixepoch(closed) - 86400) * 10000000 + {unixEpochTicks} END,
                  CASE WHEN i <= {open} THEN NULL ELSE unixepoch(closed) * 10000000 + {unixEpochTicks} END,
                  CASE WHEN i % 3 = 0 AND i > {open} THEN 1 ELSE 0 END, upper(hex(randomblob(16))), submitted,
                  CASE WHEN i <= {open} THEN date('{today:yyyy-MM-dd}', '+' || (i % 100) || ' days') ELSE NULL END,
                  CASE WHEN i <= {open} THEN NULL ELSE 'Grant' END, CASE WHEN i <= {open} THEN NULL ELSE 'Electronic' END
                FROM d
                """;
            await db.Database.ExecuteSqlRawAsync(Literal(insert), ct);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "CaseEvents" ("CaseId","Sequence","At","Actor","Action","From","To","Detail","Place","InPerson")
                SELECT c."Id", s.s, c."CreatedAt" + s.s * 36000000000, 'bench',
                  CASE s.s WHEN 1 THEN 'submit' WHEN 2 THEN 'accept' WHEN 3 THEN 'pass' ELSE 'decide' END, 'InProgress', 'InProgress', NULL, NULL, 0
                FROM "Cases" c CROSS JOIN (SELECT 1 AS s UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) s WHERE c."Number" LIKE 'B-%'
                """, ct);
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
        }
        return new { cases, open, events = cases * 4, seconds = Math.Round(watch.Elapsed.TotalSeconds, 1) };
    }

    /// <summary>ExecuteSqlRaw reads {n} as a parameter: the JSON braces of the generated rows are doubled.</summary>
    private static string Literal(string sql) => sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>The floor every figure is compared with: a plain COUNT(*) over the cases table.</summary>
    public static async Task<object> CountAsync(YiwangDb db, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var count = await db.Cases.CountAsync(ct);
        return new { count, milliseconds = watch.Elapsed.TotalMilliseconds };
    }
}
#endif
