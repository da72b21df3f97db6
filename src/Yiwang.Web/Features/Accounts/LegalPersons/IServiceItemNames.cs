namespace Yiwang.Web.Features.Accounts.LegalPersons;

/// <summary>The name of a published item by its code (the catalogue implements it), to check and show a 经办人 grant's item.</summary>
internal interface IServiceItemNames
{
    /// <summary>Null when no published item has the code.</summary>
    Task<string?> NameAsync(string code, CancellationToken ct);
}
