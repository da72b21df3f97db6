using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing.Console;

/// <summary>Library sizes for the data-sharing console.</summary>
internal sealed record LibraryCount(string Code, string Name, string Owner, int Records);

/// <summary>五大库: each base library with how many records it holds.</summary>
internal sealed class LibraryCountsHandler(YiwangDb db)
{
    public async Task<List<LibraryCount>> HandleAsync(CancellationToken ct)
    {
        var counts = new Dictionary<BaseLibrary, int>
        {
            [BaseLibrary.Population] = await db.PersonRecords.CountAsync(ct),
            [BaseLibrary.LegalEntity] = await db.LegalEntityRecords.CountAsync(ct),
            [BaseLibrary.Credit] = await db.CreditRecords.CountAsync(ct),
            [BaseLibrary.Geospatial] = await db.GeoAddresses.CountAsync(ct),
            [BaseLibrary.Licence] = await db.Licences.CountAsync(ct),
            [BaseLibrary.EnterpriseData] = await db.EnterpriseDataRecords.CountAsync(ct),
        };
        return BaseLibraries.All.Select(l => new LibraryCount(l.Code, l.Name, l.Owner, counts[l.Library])).ToList();
    }
}
