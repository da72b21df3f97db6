using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// 办件编号: prefix, the day (Beijing time) and a per-day sequence, e.g. ZJ-20261124-000123.
/// The sequence is one atomic upsert, correct with several web processes (SQLite ≥ 3.35 and PostgreSQL).
/// </summary>
public sealed class CaseNumbers(YiwangDb db, TimeProvider clock, IConfiguration config)
{
    public async Task<string> NextAsync(CancellationToken ct)
    {
        var day = clock.Today().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var next = await db.Database.SqlQueryRaw<int>(
            """
            INSERT INTO "CaseNumberCounters" ("Day", "Last") VALUES ({0}, 1)
            ON CONFLICT ("Day") DO UPDATE SET "Last" = "CaseNumberCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """, day).ToListAsync(ct);
        return $"{config["Cases:NumberPrefix"] ?? "ZJ"}-{day}-{next[0]:000000}";
    }
}
