using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Hotline;

/// <summary>工单编号: 12345, the day (Beijing time) and a serial per day, e.g. 12345-20261125-000042 (one atomic upsert).</summary>
internal sealed class TicketNumbers(YiwangDb db, TimeProvider clock)
{
    public async Task<string> NextAsync(CancellationToken ct)
    {
        var day = clock.Today().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var last = (await db.Database.SqlQueryRaw<int>(
            """
            INSERT INTO "TicketNumberCounters" ("Day", "Last") VALUES ({0}, 1)
            ON CONFLICT ("Day") DO UPDATE SET "Last" = "TicketNumberCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """, day).ToListAsync(ct))[0];
        return $"12345-{day}-{last:000000}";
    }
}
