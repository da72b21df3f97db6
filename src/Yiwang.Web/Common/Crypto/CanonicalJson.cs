using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Yiwang.Web.Common.Crypto;

/// <summary>
/// The canonical serialization a signature is made over: JSON with object members sorted by name
/// (ordinal), no whitespace, strings escaped only where JSON requires it, UTF-8. The same data
/// gives the same bytes whatever order it was built in, on every platform and version.
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonSerializerOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    public static byte[] Bytes<T>(T value, JsonSerializerOptions? options = null) =>
        Bytes(JsonSerializer.SerializeToNode(value, options ?? Writer));

    public static byte[] Bytes(JsonNode? node) => Encoding.UTF8.GetBytes(Sorted(node)?.ToJsonString(Writer) ?? "null");

    /// <summary>The SM3 digest of the canonical bytes.</summary>
    public static byte[] Digest<T>(T value, JsonSerializerOptions? options = null) => Sm3.Hash(Bytes(value, options));

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
