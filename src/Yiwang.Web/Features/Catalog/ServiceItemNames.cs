using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog;

/// <summary>Item names for the features below the catalogue (a 经办人 grant's item), from the current-version cache.</summary>
internal sealed class ServiceItemNames(YiwangDb db, CurrentVersionCache versions) : Accounts.LegalPersons.IServiceItemNames
{
    public async Task<string?> NameAsync(string code, CancellationToken ct) => (await versions.FindAsync(db, code, ct))?.Version.Guide.Name;
}
