using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Web.Features.Bundles.Plan;

internal sealed record PlanRequest(Dictionary<string, string>? Answers);

/// <summary>A bundle as the portal lists it.</summary>
public sealed record BundleListing(string Code, string Name, string Summary, LifeCycle LifeCycle, string LifeCycleName, string Stage, IReadOnlyList<string> Themes,
    bool CrossRegion, bool ParkEdition, int VersionNo, IReadOnlyList<string> Items, IReadOnlyList<string> Departments);

/// <summary>A bundle's guide: its questionnaire and everything it may include.</summary>
internal sealed record BundleGuide(BundleListing Listing, IReadOnlyList<Question> Questions, IReadOnlyList<PlanPartView> AllParts);

/// <summary>
/// 智能导办: published bundles, a bundle's questionnaire, and the plan for a set of answers
/// (the parts, materials, fields, fees, time and trips of this applicant); the same for one item.
/// </summary>
internal sealed class PlanBundleHandler(YiwangDb db, CompiledBundles bundles, CurrentVersionCache items)
{
    public async Task<Outcome<PlanView>> PlanAsync(string code, IReadOnlyDictionary<string, string>? answers, CancellationToken ct)
    {
        var b = await bundles.FindAsync(db, code, ct);
        if (b is null) return Outcome<PlanView>.NotFound($"一件事 {code} 不存在或未发布");
        var values = b.Questionnaire.Bind(answers, out var errors);
        return errors.Count > 0 ? Outcome<PlanView>.Invalid(errors, "请回答导办问卷的全部问题") : Outcome<PlanView>.Ok(b.Plan(values).View());
    }

    public async Task<Outcome<ItemPlan>> PlanItemAsync(string code, IReadOnlyDictionary<string, string>? answers, CancellationToken ct)
    {
        var item = await items.FindAsync(db, code, ct);
        if (item is null) return Outcome<ItemPlan>.NotFound($"事项 {code} 不存在或未发布");
        var questions = new Questionnaire(item.Version.Guide.Questions);
        var values = questions.Bind(answers, out var errors);
        return errors.Count > 0 ? Outcome<ItemPlan>.Invalid(errors, "请回答导办问卷的全部问题") : Outcome<ItemPlan>.Ok(ItemPlan.Of(code, item.Version.Guide, values, questions));
    }

    public async Task<Outcome<BundleGuide>> GuideAsync(string code, CancellationToken ct)
    {
        var b = await bundles.FindAsync(db, code, ct);
        if (b is null) return Outcome<BundleGuide>.NotFound($"一件事 {code} 不存在或未发布");
        var all = b.Plan(new double[b.Questionnaire.Questions.Count]);
        var parts = b.Definition.Parts.Select((p, i) => new PlanPartView(p.Key, b.Items[i].Code, b.Items[i].Guide.Name, b.Items[i].DepartmentName, b.Items[i].Guide.ResultName,
            b.Items[i].Guide.PromisedLimitDays, b.Items[i].Guide.IsCharged ? b.Items[i].Guide.FeeStandard ?? "收费" : "不收费", b.Items[i].Guide.OnsiteVisits,
            p.After, all.PartEndDays[i])).ToList();
        return Outcome<BundleGuide>.Ok(new BundleGuide(Listing(b), b.Definition.Questions, parts));
    }

    /// <summary>Every published bundle, optionally of one life cycle or the park edition only.</summary>
    public async Task<List<BundleListing>> ListAsync(LifeCycle? lifeCycle, bool parkOnly, CancellationToken ct)
    {
        var codes = await db.Bundles.AsNoTracking().Where(b => b.CurrentVersionNo != null).OrderBy(b => b.Id).Select(b => b.Code).ToListAsync(ct);
        var list = new List<BundleListing>();
        foreach (var code in codes)
            if (await bundles.FindAsync(db, code, ct) is { } b && (lifeCycle is null || b.Definition.LifeCycle == lifeCycle) && (!parkOnly || b.Definition.ParkEdition))
                list.Add(Listing(b));
        return list;
    }

    private static BundleListing Listing(CompiledBundle b) => new(b.Code, b.Definition.Name, b.Definition.Summary, b.Definition.LifeCycle, b.Definition.LifeCycle.Label(),
        b.Definition.Stage, b.Definition.Themes, b.Definition.CrossRegion, b.Definition.ParkEdition, b.VersionNo,
        b.Items.Select(i => i.Guide.Name).ToList(), b.Items.Select(i => i.DepartmentName).Distinct().ToList());
}
