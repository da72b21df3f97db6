using System.Net;
using System.Text.Json;

namespace Yiwang.Tests.Infrastructure;

/// <summary>Reads an RFC 7807 answer and names what a test needs from it.</summary>
public sealed record Problem(int Status, string? Title, string? Detail, Dictionary<string, string[]> Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var errors = new Dictionary<string, string[]>();
        if (root.TryGetProperty("errors", out var e))
            foreach (var p in e.EnumerateObject())
                errors[p.Name] = p.Value.EnumerateArray().Select(x => x.GetString()!).ToArray();
        return new Problem(root.GetProperty("status").GetInt32(),
            root.TryGetProperty("title", out var t) ? t.GetString() : null,
            root.TryGetProperty("detail", out var d) ? d.GetString() : null, errors);
    }
}
