using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Bundles;
using Yiwang.Web.Features.Bundles.Plan;
using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Bundles.Track;
using Yiwang.Web.Features.Bundles.Apply;
using Yiwang.Web.Features.Catalog.Guidance;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Tests.Data;

/// <summary>Every journey of the demo finishes: one item of each owning department, and every 一件事, from the application to 办结.</summary>
public class FinishableDemoTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    /// <summary>The window that serves a department's items, by the department's division.</summary>
    public static string ClerkFor(string department) => department switch
    {
        "张家界高新区管委会" => "park-clerk",
        _ when department.StartsWith("永定区", StringComparison.Ordinal) => "yd-clerk",
        _ when department.StartsWith("慈利县", StringComparison.Ordinal) => "county-clerk",
        _ when department.StartsWith("南庄坪", StringComparison.Ordinal) => "nzp-clerk",
        _ => "clerk",
    };

    public static string ApproverFor(string department) => department switch
    {
        "市市场监管局" => "approver",
        "市消防救援支队" => "xf-approver",
        _ => DemoStaff.Prefixes[department] + "-approver",
    };

    /// <summary>An answer for each required field the applicant's profile does not fill.</summary>
    public static Dictionary<string, string> Answers(IEnumerable<FormField> fields) => fields
        .Where(f => f.Required && f.Prefill == FormPrefill.None)
        .ToDictionary(f => f.Key, f => f.Type switch
        {
            FormFieldType.Number => "1",
            FormFieldType.Date => "2026-11-20",
            FormFieldType.Choice => f.Options[0],
            FormFieldType.IdNumber => DemoData.CitizenIdNumber,
            FormFieldType.CreditCode => DemoData.EnterpriseCreditCode,
            FormFieldType.Address => "张家界市永定区解放路88号",
            _ => "演示填写",
        });

    private static async Task<CaseSummary> ActAsync(HttpClient c, string number, string action, object body)
    {
        var r = await c.PostJsonAsync($"/api/v1/cases/{number}/{action}", body);
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"{action}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.ReadAsync<CaseSummary>();
    }

    /// <summary>Applied online, accepted at the department's window (or granted by 秒批), passed and decided by its approver, delivered: 办结.</summary>
    public static async Task<CaseView> FinishAsync(YiwangFactory app, string itemCode, string department, Audience audience, IEnumerable<FormField> form)
    {
        var applicant = await app.ClientAsync(audience == Audience.LegalPerson ? "enterprise" : "citizen");
        var submitted = await applicant.ApplyAsync(new { itemCode, form = Answers(form) });
        if (submitted.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"submit: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
        var c = await submitted.ReadAsync<CaseSummary>();
        var clerk = await app.ClientAsync(ClerkFor(department));
        // An item with a 秒批 rule the demo answers meet is granted by the system at once: the window only delivers.
        if (c.Status == CaseStatus.Submitted) c = await ActAsync(clerk, c.Number, "accept", new { concurrency = c.Concurrency, applicantPresent = true });
        var approver = await app.ClientAsync(ApproverFor(department));
        var view = await (await approver.GetAsync($"/api/v1/cases/{c.Number}")).ReadAsync<CaseView>();
        if (view.Status == CaseStatus.InProgress) await DecideAsync(approver, c.Number);
        var token = (await (await clerk.GetAsync($"/api/v1/cases/{c.Number}")).ReadAsync<CaseView>()).Concurrency;
        await ActAsync(clerk, c.Number, "deliver", new { concurrency = token, method = "WindowPickup", applicantPresent = true });
        return await (await applicant.GetAsync($"/api/v1/cases/{c.Number}")).ReadAsync<CaseView>();
    }

    /// <summary>An item of the demo with what applying for it takes.</summary>
    public sealed record DepartmentItem(string Code, string Name, string Department, Audience Audience, IReadOnlyList<FormField> Form);

    /// <summary>The first item (by code) of each department that owns a published item.</summary>
    public static async Task<List<DepartmentItem>> OneItemPerDepartmentAsync(YiwangFactory app)
    {
        var items = await app.WithDbAsync(db => CurrentVersions.Of(db).AsNoTracking()
            .Select(c => new { c.Item.Code, Department = c.Department.Name, c.Version.Guide }).ToListAsync());
        return items.GroupBy(i => i.Department)
            .Select(g => g.OrderBy(i => i.Code, StringComparer.Ordinal).First())
            .Select(i => new DepartmentItem(i.Code, i.Guide.Name, i.Department, i.Guide.Audiences[0], i.Guide.FormFields))
            .OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task One_item_of_every_owning_department_reaches_banjie()
    {
        var byDepartment = await OneItemPerDepartmentAsync(app);
        Assert.True(byDepartment.Count >= 30, $"only {byDepartment.Count} owning departments");

        var failures = new List<string>();
        foreach (var i in byDepartment)
        {
            try
            {
                var done = await FinishAsync(app, i.Code, i.Department, i.Audience, i.Form);
                if (done.Status != CaseStatus.Closed) failures.Add($"{i.Department} {i.Name}: {done.StatusName}");
            }
            catch (InvalidOperationException e) { failures.Add($"{i.Department} {i.Name} ({i.Code}): {e.Message}"); }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every optional part asked for: the answers that make a bundle's longest journey.</summary>
    internal static Dictionary<string, string> LongestJourney(BundleGuide guide) => guide.Questions.ToDictionary(q => q.Key, q => q.Kind switch
    {
        QuestionKind.YesNo => "是", QuestionKind.Number => "5", _ => q.Options[0],
    });

    /// <summary>Who applies for a bundle in the demo: 张三 for a person's life event (and the 个体 restaurant), the enterprise otherwise.</summary>
    public static string ApplicantFor(BundleListing listing) =>
        listing.LifeCycle == LifeCycle.Person || listing.Code == "restaurant-opening" ? "citizen" : "enterprise";

    [Fact]
    public async Task Every_demo_bundle_reaches_banjie()
    {
        var anyone = await app.ClientAsync();
        var listings = await (await anyone.GetAsync("/api/v1/bundles")).ReadAsync<List<BundleListing>>();
        Assert.True(listings.Count >= 6);
        var hall = await app.WithDbAsync(db => db.Halls.Where(h => h.Name == "张家界市政务服务中心").Select(h => h.Id).SingleAsync());
        var clerk = await app.ClientAsync("clerk");
        var failures = new List<string>();
        foreach (var listing in listings)
        {
            var guide = await (await anyone.GetAsync($"/api/v1/bundles/{listing.Code}")).ReadAsync<BundleGuide>();
            var answers = LongestJourney(guide);
            var plan = await (await anyone.PostJsonAsync($"/api/v1/bundles/{listing.Code}/plan", new { answers })).ReadAsync<PlanView>();
            var applicant = await app.ClientAsync(ApplicantFor(listing));
            var submitted = await applicant.PostJsonAsync("/api/v1/bundle-cases", new { bundleCode = listing.Code, answers, form = Answers(plan.Fields), delivery = "WindowPickup", pickupHallId = hall });
            if (submitted.StatusCode != HttpStatusCode.Created) { failures.Add($"{listing.Name} submit: {await submitted.Content.ReadAsStringAsync()}"); continue; }
            var number = (await submitted.ReadAsync<BundleCaseSummary>()).Number;
            var accepted = await clerk.PostJsonAsync($"/api/v1/bundle-cases/{number}/accept", new { applicantPresent = true });
            if (!accepted.IsSuccessStatusCode) { failures.Add($"{listing.Name} accept: {await accepted.Content.ReadAsStringAsync()}"); continue; }
            try
            {
                // Parts that wait for a predecessor start when it is decided: decide until none is left in progress.
                for (var round = 0; round < 10; round++)
                {
                    var view = await (await applicant.GetAsync($"/api/v1/bundle-cases/{number}")).ReadAsync<BundleCaseView>();
                    var open = view.Parts.Where(p => p.Status == CaseStatus.InProgress).ToList();
                    if (open.Count == 0) break;
                    foreach (var part in open)
                        await DecideAsync(await app.ClientAsync(ApproverFor(part.DepartmentName)), part.CaseNumber!);
                }
                var delivered = await clerk.PostJsonAsync($"/api/v1/bundle-cases/{number}/deliver", new { applicantPresent = true });
                if (!delivered.IsSuccessStatusCode) { failures.Add($"{listing.Name} deliver: {await delivered.Content.ReadAsStringAsync()}"); continue; }
                var closed = await delivered.ReadAsync<BundleCaseView>();
                if (closed.StatusName != "办结" || closed.Parts.Any(p => p.CaseNumber is not null && p.Status != CaseStatus.Closed))
                    failures.Add($"{listing.Name}: {closed.StatusName}, parts {string.Join("、", closed.Parts.Select(p => $"{p.ItemName} {p.StatusName}"))}");
            }
            catch (InvalidOperationException e) { failures.Add($"{listing.Name}: {e.Message}"); }
        }
        Assert.Empty(failures);
    }

    private static async Task DecideAsync(HttpClient approver, string number)
    {
        var view = await (await approver.GetAsync($"/api/v1/cases/{number}")).ReadAsync<CaseView>();
        var token = view.Concurrency;
        for (var step = view.StepIndex; step < view.DecisionStep; step++)
            token = (await ActAsync(approver, number, "pass", new { concurrency = token, opinion = "符合要求" })).Concurrency;
        await ActAsync(approver, number, "decide", new { concurrency = token, decision = "Grant", reason = "符合条件，准予办理" });
    }
}
