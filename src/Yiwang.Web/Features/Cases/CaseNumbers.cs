using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// 办件编号: prefix, the day (Beijing time) and a serial, e.g. ZJ-20261124-000123. On SQLite the serial
/// counts per day through one atomic upsert (writes are serialized there anyway); on PostgreSQL it
/// comes from a sequence, so concurrent submissions never wait on a shared row (numbers may skip).
/// </summary>
public sealed class CaseNumbers(YiwangDb db, TimeProvider clock, IConfiguration config)
{
    public async Task<string> NextAsync(CancellationToken ct)
    {
        var day = clock.Today().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        if (db.Database.IsNpgsql())
        {
            var serial = await db.Database.SqlQueryRaw<long>($"SELECT nextval('{CaseConfiguration.NumberSequence}') AS \"Value\"").ToListAsync(ct);
            return $"{config["Cases:NumberPrefix"] ?? "ZJ"}-{day}-{serial[0]:000000}";
        }
        var next = await db.Database.SqlQueryRaw<int>(
            """
            INSERT INTO "CaseNumberCounters" ("Day", "Last") VALUES ({0}, 1)
            ON CONFLICT ("Day") DO UPDATE SET "Last" = "CaseNumberCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """, day).ToListAsync(ct);
        return $"{config["Cases:NumberPrefix"] ?? "ZJ"}-{day}-{next[0]:000000}";
    }
}
