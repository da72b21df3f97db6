using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Data;

/// <summary>
/// Stores a value as one JSON document in a text column (the guide of a version, a case's lists,
/// its form answers), optionally SM4-encrypted. Change tracking compares and snapshots by the JSON.
/// </summary>
internal static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, PersonalDataProtector? encryptWith = null)
        where T : class, new() =>
        property.HasConversion(
            v => Write(v, encryptWith),
            s => Read<T>(s, encryptWith),
            new ValueComparer<T>(
                (a, b) => Json(a) == Json(b),
                v => Json(v).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(Json(v), CatalogJson.Options)!));

    private static string Json<T>(T? value) => JsonSerializer.Serialize(value, CatalogJson.Options);

    private static string Write<T>(T value, PersonalDataProtector? protector) =>
        protector is null ? Json(value) : protector.Encrypt(Json(value));

    private static T Read<T>(string stored, PersonalDataProtector? protector) where T : class, new() =>
        string.IsNullOrEmpty(stored) ? new T()
            : JsonSerializer.Deserialize<T>(protector is null ? stored : protector.Decrypt(stored), CatalogJson.Options) ?? new T();
}
