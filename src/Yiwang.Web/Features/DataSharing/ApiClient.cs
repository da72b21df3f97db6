using System.Security.Cryptography;
using System.Text;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>What a client may read of one library: the library and its fields.</summary>
internal sealed class LibraryScope
{
    public BaseLibrary Library { get; set; }
    public List<string> Fields { get; set; } = [];
}

/// <summary>
/// A department's business system registered on the data-sharing platform: it calls the sharing API
/// with its key (only the key's SHA-256 is stored) and reads only the libraries and fields of its scopes.
/// </summary>
internal sealed class ApiClient
{
    public int Id { get; init; }
    public required string Name { get; set; }
    public int DepartmentId { get; init; }
    public required string KeyHash { get; init; }
    /// <summary>The first characters of the key, to tell keys apart on screen.</summary>
    public required string KeyPrefix { get; init; }
    public List<LibraryScope> Scopes { get; set; } = [];
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    public const string KeyHeader = Common.Http.CrossSiteWrites.ApiKeyHeader;

    public static string NewKey() => "ywk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    /// <summary>The fields of a library this client may read (empty: the library is not in its scopes).</summary>
    public IReadOnlyList<string> FieldsOf(BaseLibrary library) => Scopes.FirstOrDefault(s => s.Library == library)?.Fields ?? [];

    public string ScopeText => string.Join("；", Scopes.Select(s => $"{s.Library.Info().Name}：{string.Join("、", s.Fields.Select(f => s.Library.Info().Field(f)?.Label ?? f))}"));
}
