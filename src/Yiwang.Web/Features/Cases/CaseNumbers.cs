using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// 办件编号: prefix, the day (Beijing time) and a serial, e.g. ZJ-20261124-000123. On SQLite the serial
/// counts per day through one atomic upsert (writes are serialized there anyway); on PostgreSQL it
/// comes from a sequence, so concurrent submissions never wait on a shared row (numbers may skip).
/// </summary>
internal sealed class CaseNumbers(YiwangDb db, TimeProvider clock, IConfiguration config)
{
    public async Task<string> NextAsync(CancellationToken ct) => (await NextManyAsync(1, ct))[0];

    /// <summary>Numbers for a whole batch in one statement.</summary>
    public async Task<IReadOnlyList<string>> NextManyAsync(int count, CancellationToken ct)
    {
        var day = clock.Today().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var prefix = $"{config["Cases:NumberPrefix"] ?? "ZJ"}-{day}-";
        if (db.Database.IsNpgsql())
        {
            var serials = await db.Database.SqlQueryRaw<long>(
                $"SELECT nextval('{CaseKeys.NumberSequence}') AS \"Value\" FROM generate_series(1, {{0}})", count).ToListAsync(ct);
            return serials.Select(n => prefix + n.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        }
        var last = (await db.Database.SqlQueryRaw<int>(
            """
            INSERT INTO "CaseNumberCounters" ("Day", "Last") VALUES ({0}, {1})
            ON CONFLICT ("Day") DO UPDATE SET "Last" = "CaseNumberCounters"."Last" + {1}
            RETURNING "Last" AS "Value"
            """, day, count).ToListAsync(ct))[0];
        return Enumerable.Range(last - count + 1, count).Select(n => prefix + n.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }
}
