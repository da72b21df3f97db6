using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Bundles.Planning;

namespace Yiwang.Web.Features.Bundles.Compose;

/// <summary>Create a bundle (code and first draft), save a draft, publish it. MergeMaterials rebuilds the material list from the parts' items.</summary>
internal sealed record ComposeBundleRequest(string? Code, BundleDefinition? Definition, bool MergeMaterials = false, Guid? Concurrency = null);

internal sealed record BundleRow(string Code, string Name, string LifeCycle, string Stage, int? CurrentVersionNo, int? DraftVersionNo, bool ParkEdition, bool CrossRegion);

internal sealed record BundleDraftSaved(string Code, int VersionNo, Guid Concurrency, IReadOnlyList<BundleMaterial> Materials);

/// <summary>
/// An admin of the 政务服务中心 composes bundles from items of several departments. A draft must be
/// valid (<see cref="BundleValidation"/>) to be saved; publishing makes it the version applied under.
/// </summary>
internal sealed class ComposeBundleHandler(YiwangDb db, UnitOfWork unitOfWork, CompiledBundles compiled, TimeProvider clock, AuditLog audit,
    Browse.BundleSearchEntries entries, Catalog.Search.CatalogSearchIndex index)
{
    public async Task<Outcome<BundleDraftSaved>> CreateAsync(ComposeBundleRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Catalog.ServiceGuideValidation.ValidateCode(r.Code) is { } codeError) return Outcome<BundleDraftSaved>.Invalid("code", codeError.Replace("事项", "一件事"));
        if (await db.Bundles.AnyAsync(b => b.Code == r.Code, ct)) return Outcome<BundleDraftSaved>.Invalid("code", $"一件事编码 {r.Code} 已存在");
        var checkedDefinition = await CheckAsync(r, ct);
        if (!checkedDefinition.IsOk) return checkedDefinition.As<BundleDraftSaved>();
        var bundle = Bundle.Create(r.Code!, checkedDefinition.Value!, user.Identity!.Name!, clock.GetUtcNow());
        db.Bundles.Add(bundle);
        audit.Record(user, "bundle.create", $"bundle:{bundle.Code}", bundle.Draft!.Definition.Name);
        await unitOfWork.CommitAsync(ct);
        return Outcome<BundleDraftSaved>.Ok(Saved(bundle));
    }

    public async Task<Outcome<BundleDraftSaved>> SaveDraftAsync(string code, ComposeBundleRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var bundle = await db.Bundles.Include(b => b.Versions).SingleOrDefaultAsync(b => b.Code == code, ct);
        if (bundle is null) return Outcome<BundleDraftSaved>.NotFound($"一件事 {code} 不存在");
        var checkedDefinition = await CheckAsync(r, ct);
        if (!checkedDefinition.IsOk) return checkedDefinition.As<BundleDraftSaved>();
        if (r.Concurrency is { } seen && seen != bundle.Concurrency) return Outcome<BundleDraftSaved>.Conflict("该一件事已被他人修改，请刷新后再编辑");
        bundle.SaveDraft(checkedDefinition.Value!, user.Identity!.Name!, clock.GetUtcNow());
        audit.Record(user, "bundle.save-draft", $"bundle:{code}", $"v{bundle.DraftVersionNo}");
        try { await unitOfWork.CommitAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<BundleDraftSaved>.Conflict("该一件事已被他人修改，请刷新后再编辑"); }
        return Outcome<BundleDraftSaved>.Ok(Saved(bundle));
    }

    public async Task<Outcome<BundleDraftSaved>> PublishAsync(string code, ClaimsPrincipal user, CancellationToken ct)
    {
        var bundle = await db.Bundles.Include(b => b.Versions).SingleOrDefaultAsync(b => b.Code == code, ct);
        if (bundle is null) return Outcome<BundleDraftSaved>.NotFound($"一件事 {code} 不存在");
        if (bundle.Draft is null) return Outcome<BundleDraftSaved>.Conflict("没有待发布的草稿");
        // Items may have changed since the draft was saved: it must still hold together.
        var items = await CompiledBundles.ItemsOfAsync(db, bundle.Draft.Definition, ct);
        var errors = BundleValidation.Validate(bundle.Draft.Definition, items);
        if (errors.Count > 0) return Outcome<BundleDraftSaved>.Invalid(errors, "草稿不能发布");
        var published = bundle.Publish(user.Identity!.Name!, clock.GetUtcNow());
        audit.Record(user, "bundle.publish", $"bundle:{code}", $"v{published.VersionNo}");
        try { await unitOfWork.CommitAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<BundleDraftSaved>.Conflict("该一件事已被他人修改，请刷新后再发布"); }
        compiled.Forget(code);
        if (await entries.DocumentAsync(db, code, ct) is { } doc) index.Upsert(doc); // found by the search at once
        return Outcome<BundleDraftSaved>.Ok(new BundleDraftSaved(code, published.VersionNo, bundle.Concurrency, published.Definition.Materials));
    }

    public async Task<List<BundleRow>> ListAsync(CancellationToken ct) =>
        (await db.Bundles.AsNoTracking().Include(b => b.Versions).OrderBy(b => b.Id).ToListAsync(ct)).Select(b =>
        {
            var d = (b.Draft ?? b.Current)!.Definition;
            return new BundleRow(b.Code, d.Name, d.LifeCycle.Label(), d.Stage, b.CurrentVersionNo, b.DraftVersionNo, d.ParkEdition, d.CrossRegion);
        }).ToList();

    /// <summary>The compose form of a bundle: its draft if there is one, else the version in force.</summary>
    public async Task<(BundleComposeForm Form, int? Current, int? Draft)?> EditableAsync(string code, CancellationToken ct)
    {
        var b = await db.Bundles.AsNoTracking().Include(x => x.Versions).SingleOrDefaultAsync(x => x.Code == code, ct);
        if (b is null) return null;
        var d = (b.Draft ?? b.Current)!.Definition;
        return (BundleComposeForm.Of(code, d, await CompiledBundles.ItemsOfAsync(db, d, ct), b.Concurrency), b.CurrentVersionNo, b.DraftVersionNo);
    }

    private async Task<Outcome<BundleDefinition>> CheckAsync(ComposeBundleRequest r, CancellationToken ct)
    {
        if (r.Definition is null) return Outcome<BundleDefinition>.Invalid("definition", "请填写一件事内容");
        var d = r.Definition;
        var items = await CompiledBundles.ItemsOfAsync(db, d, ct);
        if (r.MergeMaterials)
        {
            // The items' materials merged, then what the bundle adds of its own (those naming no item material).
            var merged = BundleMaterials.Merge(d.Parts, items);
            var own = d.Materials.Where(m => merged.All(x => x.Name != m.Name.Trim())).ToList();
            foreach (var m in own) { m.Key = $"m{merged.Count + 1}"; merged.Add(m); }
            d.Materials = merged;
        }
        var errors = BundleValidation.Validate(d, items);
        return errors.Count > 0 ? Outcome<BundleDefinition>.Invalid(errors, "一件事内容有误") : Outcome<BundleDefinition>.Ok(d);
    }

    private static BundleDraftSaved Saved(Bundle b) => new(b.Code, b.DraftVersionNo!.Value, b.Concurrency, b.Draft!.Definition.Materials);
}
