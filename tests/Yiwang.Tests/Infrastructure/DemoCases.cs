using Yiwang.Web.Features.Cases;

namespace Yiwang.Tests.Infrastructure;

/// <summary>Cases taken through the API as the demo users would: applied by the enterprise, accepted, passed, decided (and delivered).</summary>
internal static class DemoCases
{
    public const string FoodLicence = "430800-XK-0005"; // 食品经营许可, 市市场监管局, promised 6 working days

    /// <summary>Applied online by the enterprise and accepted at the window.</summary>
    public static async Task<CaseSummary> AcceptedAsync(YiwangFactory app, bool applicantPresent = false)
    {
        var c = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = FoodLicence })).ReadAsync<CaseSummary>();
        return await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { concurrency = c.Concurrency, applicantPresent })).ReadAsync<CaseSummary>();
    }

    public static async Task<CaseSummary> DecidedAsync(YiwangFactory app, bool applicantPresent = false, bool deliver = false)
    {
        var clerk = await app.ClientAsync("clerk");
        var approver = await app.ClientAsync("approver");
        var c = await AcceptedAsync(app, applicantPresent);
        c = await (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/pass", new { concurrency = c.Concurrency })).ReadAsync<CaseSummary>();
        c = await (await approver.PostJsonAsync($"/api/v1/cases/{c.Number}/decide", new { concurrency = c.Concurrency, decision = "Grant", reason = "符合条件" })).ReadAsync<CaseSummary>();
        if (deliver) c = await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/deliver", new { concurrency = c.Concurrency, method = "WindowPickup" })).ReadAsync<CaseSummary>();
        return c;
    }
}
