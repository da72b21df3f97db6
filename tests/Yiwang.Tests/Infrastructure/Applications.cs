using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Tests.Infrastructure;

/// <summary>
/// Applies online as a person does with the guided application: POST /api/v1/cases; when it is
/// refused only for required materials (400, materials[名称]), keep a draft, upload a file for each
/// named material and submit the draft. Any other answer is returned as it is.
/// </summary>
public static class Applications
{
    public static byte[] SamplePdf => "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    public static async Task<HttpResponseMessage> ApplyAsync<T>(this HttpClient client, T body)
    {
        var first = await client.PostJsonAsync("/api/v1/cases", body);
        if (first.StatusCode != HttpStatusCode.BadRequest) return first;
        var missing = MissingMaterials(await first.Content.ReadAsStringAsync());
        if (missing is null) return first;
        var draftBody = JsonSerializer.SerializeToNode(body, Json.Options)!.AsObject();
        draftBody["submit"] = false;
        var draft = await (await client.PostJsonAsync("/api/v1/cases", draftBody)).ReadAsync<CaseSummary>();
        var submitted = await SubmitDraftAsync(client, draft.Number);
        // Answered as the one-go application would be: 201 with the case.
        if (submitted.IsSuccessStatusCode) submitted.StatusCode = HttpStatusCode.Created;
        return submitted;
    }

    /// <summary>Submits a draft; when refused only for missing materials, uploads a file for each and submits again.</summary>
    public static async Task<HttpResponseMessage> SubmitDraftAsync(HttpClient client, string number)
    {
        var first = await client.PostJsonAsync($"/api/v1/cases/{number}/submit", new { });
        if (first.StatusCode != HttpStatusCode.BadRequest || MissingMaterials(await first.Content.ReadAsStringAsync()) is not { } missing) return first;
        foreach (var name in missing) await UploadAsync(client, number, name);
        return await client.PostJsonAsync($"/api/v1/cases/{number}/submit", new { });
    }

    public static MultipartFormDataContent UploadForm(string material, string fileName = "材料.pdf")
    {
        var file = new ByteArrayContent(SamplePdf);
        file.Headers.ContentType = new("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(material), "materialName" } };
    }

    public static async Task UploadAsync(HttpClient client, string number, string material, string fileName = "材料.pdf")
    {
        var r = await client.PostAsync($"/api/v1/cases/{number}/materials", UploadForm(material, fileName));
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
    }

    /// <summary>The names in a problem whose every error is a missing material; null for any other problem.</summary>
    public static List<string>? MissingMaterials(string problem)
    {
        var errors = JsonNode.Parse(problem)?["errors"]?.AsObject();
        if (errors is null || errors.Count == 0 || errors.Any(e => !e.Key.StartsWith("materials[", StringComparison.Ordinal))) return null;
        return errors.Select(e => e.Key["materials[".Length..^1]).ToList();
    }
}
