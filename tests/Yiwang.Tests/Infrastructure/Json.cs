using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Tests.Infrastructure;

public static class Json
{
    public static readonly JsonSerializerOptions Options = CatalogJson.Options;

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Options)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T value) =>
        client.PostAsJsonAsync(url, value, Options);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T value) =>
        client.PutAsJsonAsync(url, value, Options);
}
