using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>The size of one base library at two instants.</summary>
internal sealed record LibrarySize(string Code, string Name, int Before, int Now);

/// <summary>数据增长: how many records each of the 五大库 held at two instants (by when each record was first loaded or issued).</summary>
internal static class LibraryGrowth
{
    public static async Task<List<LibrarySize>> SizesAsync(YiwangDb db, DateTimeOffset before, DateTimeOffset now, CancellationToken ct)
    {
        async Task<LibrarySize> Size(BaseLibrary l, IQueryable<DateTimeOffset> created) =>
            new(l.Info().Code, l.Info().Name, await created.CountAsync(t => t < before, ct), await created.CountAsync(t => t < now, ct));
        return
        [
            await Size(BaseLibrary.Population, db.PersonRecords.AsNoTracking().Select(r => r.CreatedAt)),
            await Size(BaseLibrary.LegalEntity, db.LegalEntityRecords.AsNoTracking().Select(r => r.CreatedAt)),
            await Size(BaseLibrary.Credit, db.CreditRecords.AsNoTracking().Select(r => r.CreatedAt)),
            await Size(BaseLibrary.Geospatial, db.GeoAddresses.AsNoTracking().Select(r => r.CreatedAt)),
            await Size(BaseLibrary.Licence, db.Licences.AsNoTracking().Select(r => r.IssuedAt)),
        ];
    }
}
