namespace Yiwang.Web.Features.DataSharing.Import;

/// <summary>A port: what a higher feature does once a library's import has committed (惠企政策 match the firms again).</summary>
internal interface ILibraryImported
{
    Task ImportedAsync(BaseLibrary library, CancellationToken ct);
}
