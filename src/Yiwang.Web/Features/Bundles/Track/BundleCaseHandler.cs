using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;

namespace Yiwang.Web.Features.Bundles.Track;

/// <summary>
/// The applicant's side of a bundle case: read it (one timeline over all parts), give the materials
/// once (each file shared by every part that needs it), resubmit after 补正.
/// </summary>
internal sealed class BundleCaseHandler(YiwangDb db, BundleCaseScope scope, UploadMaterialHandler files, CaseCommands commands, TimeProvider clock, Cases.Read.ActorNames names)
{
    public async Task<Outcome<BundleCaseView>> GetAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var b = await db.BundleCases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        if (b is null || !await scope.CanReadAsync(user, b, ct)) return Outcome<BundleCaseView>.NotFound($"一件事办件 {number} 不存在");
        var parts = await db.Cases.AsNoTracking().Include(c => c.Events).Where(c => c.BundleCaseId == b.Id).ToListAsync(ct);
        return Outcome<BundleCaseView>.Ok(await ViewAsync(b, parts, ct));
    }

    /// <summary>The view of a loaded bundle case and its parts' cases (with events).</summary>
    public async Task<BundleCaseView> ViewAsync(BundleCase b, IReadOnlyList<Case> parts, CancellationToken ct)
    {
        var definition = await db.BundleVersions.AsNoTracking()
            .Where(v => v.VersionNo == b.BundleVersionNo && db.Bundles.Any(x => x.Id == v.BundleId && x.Code == b.BundleCode))
            .Select(v => v.Definition).SingleAsync(ct);
        var hall = b.PickupHallId is { } h ? await db.Halls.Where(x => x.Id == h).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        var view = View(b, parts, definition, hall);
        var name = await names.OfAsync(view.Timeline.Select(t => t.Actor), b.ApplicantId, ct);
        return view with { Timeline = view.Timeline.Select(t => t with { Actor = name(t.Actor) }).ToList() };
    }

    /// <summary>Whether the user is the applicant, and whether they act for a hall that may accept and deliver it.</summary>
    public async Task<(bool IsApplicant, bool AtWindow)> AbilitiesAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var b = await db.BundleCases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        return b is null ? (false, false) : (BundleCaseScope.IsApplicant(user, b), await scope.AtWindowAsync(user, b, ct));
    }

    public async Task<List<BundleCaseListRow>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.AccountId();
        var mine = await db.BundleCases.AsNoTracking().Where(b => b.ApplicantId == id).OrderByDescending(b => b.Id).ToListAsync(ct);
        return await RowsAsync(mine, ct);
    }

    public async Task<List<BundleCaseListRow>> RowsAsync(List<BundleCase> bundles, CancellationToken ct)
    {
        var ids = bundles.Select(b => b.Id).ToList();
        var statuses = (await db.Cases.AsNoTracking().Where(c => c.BundleCaseId != null && ids.Contains(c.BundleCaseId.Value))
            .Select(c => new { c.Number, c.Status }).ToListAsync(ct)).ToDictionary(c => c.Number, c => c.Status);
        return bundles.Select(b => new BundleCaseListRow(b.Number, b.BundleName, b.ApplicantName, b.Parts.Count, b.SubmittedAt,
            BundleCaseStatus.Label(b, statuses.Where(s => b.Parts.Any(p => p.CaseNumber == s.Key)).ToDictionary()))).ToList();
    }

    /// <summary>One file for one material of the plan; every started part that needs it gets it, later parts when they start.</summary>
    public async Task<Outcome<BundleMaterialView>> UploadAsync(string number, string? materialKey, string fileName, Stream content, long length, ClaimsPrincipal user, CancellationToken ct)
    {
        var b = await db.BundleCases.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (b is null || !await scope.CanReadAsync(user, b, ct)) return Outcome<BundleMaterialView>.NotFound($"一件事办件 {number} 不存在");
        if (!BundleCaseScope.IsApplicant(user, b) && !await scope.AtWindowAsync(user, b, ct)) return Outcome<BundleMaterialView>.Forbidden("只有申请人或窗口工作人员可以上传材料");
        if (b.ClosedAt is not null) return Outcome<BundleMaterialView>.Conflict("一件事已办结，不能再上传材料");
        var material = b.Materials.FirstOrDefault(m => m.Key == materialKey);
        if (material is null) return Outcome<BundleMaterialView>.Invalid("materialKey", "请选择对应的申请材料");
        if (material.ProvidedBy is not null) return Outcome<BundleMaterialView>.Conflict($"“{material.Name}”由前序事项的办理结果提供，无需上传");
        var targets = await db.Cases.Where(c => c.BundleCaseId == b.Id && material.Parts.Select(k => b.Part(k)!.CaseNumber).Contains(c.Number)).ToListAsync(ct);
        if (targets.Count > 0 && targets.All(c => c.Status is not (CaseStatus.Submitted or CaseStatus.AwaitingSupplement or CaseStatus.Draft)))
            return Outcome<BundleMaterialView>.Conflict($"需要“{material.Name}”的事项均已受理，不能再上传");
        if (await files.QuotaAsync(targets.FirstOrDefault()?.Id ?? 0, user, length, ct) is { } over) return Outcome<BundleMaterialView>.Invalid("file", over);
        var stored = await files.StoreAsync(fileName, content, length, ct);
        if (!stored.IsOk) return stored.As<BundleMaterialView>();
        var f = stored.Value!;
        var file = new BundleFile { FileName = f.FileName, Kind = f.Kind, Size = f.Size, BlobKey = f.BlobKey, Sha256 = f.Sha256, UploadedAt = clock.GetUtcNow(), UploadedBy = user.Identity!.Name! };
        b.MaterialGiven(material, file);
        foreach (var c in targets.Where(c => c.Status is CaseStatus.Submitted or CaseStatus.AwaitingSupplement or CaseStatus.Draft))
            db.CaseMaterials.Add(new CaseMaterial
            {
                CaseId = c.Id, MaterialName = material.Name, FileName = file.FileName, Kind = file.Kind, Size = file.Size, BlobKey = file.BlobKey,
                Sha256 = file.Sha256, UploadedAt = file.UploadedAt, UploadedBy = file.UploadedBy,
            });
        try { await files.CommitOrForgetAsync(f.BlobKey, ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<BundleMaterialView>.Conflict("该一件事办件已被他人处理，请刷新后再上传"); }
        return Outcome<BundleMaterialView>.Ok(MaterialView(b, material));
    }

    /// <summary>补正后提交: every part waiting for 补正 is submitted again (the others go on meanwhile).</summary>
    public async Task<Outcome<BundleCaseSummaryRow>> ResubmitAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var b = await db.BundleCases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        if (b is null || !BundleCaseScope.IsApplicant(user, b)) return Outcome<BundleCaseSummaryRow>.NotFound($"一件事办件 {number} 不存在");
        var waiting = await db.Cases.AsNoTracking().Where(c => c.BundleCaseId == b.Id && c.Status == CaseStatus.AwaitingSupplement).Select(c => c.Number).ToListAsync(ct);
        if (waiting.Count == 0) return Outcome<BundleCaseSummaryRow>.Conflict("没有待补正的事项");
        foreach (var n in waiting)
        {
            var outcome = await commands.RunAsync(n, Cases.Act.CaseActions.Resubmit, new Cases.Act.ResubmitRequest(null), user, ct);
            if (!outcome.IsOk) return outcome.As<BundleCaseSummaryRow>();
        }
        return Outcome<BundleCaseSummaryRow>.Ok(new BundleCaseSummaryRow(b.Number, waiting));
    }

    public static BundleCaseView View(BundleCase b, IReadOnlyList<Case> parts, BundleDefinition definition, string? pickupHall)
    {
        var byNumber = parts.ToDictionary(c => c.Number);
        var statuses = parts.ToDictionary(c => c.Number, c => c.Status);
        var partViews = b.Parts.Select(p =>
        {
            var c = p.CaseNumber is null ? null : byNumber.GetValueOrDefault(p.CaseNumber);
            return new BundlePartView(p.Key, p.ItemCode, p.ItemName, p.DepartmentName, p.CaseNumber, c?.Status, BundleCaseStatus.PartLabel(p, c?.Status), c?.CurrentStepName,
                c?.Due, c?.Decision, c?.DecisionReason, c?.MissingMaterials ?? [], p.After.Select(k => b.Part(k)?.ItemName ?? k).ToList(), p.Cancelled);
        }).ToList();
        var timeline = b.Events.Select(e => new BundleTimelineEntry(e.At, b.BundleName, e.Actor, e.Text))
            .Concat(parts.SelectMany(c => c.Events.Select(e => new BundleTimelineEntry(e.At, c.ItemName, e.Actor,
                string.IsNullOrEmpty(e.Detail) ? e.Action.Label() : e.Detail))))
            .OrderBy(t => t.At).ToList();
        var answers = definition.Questions.Where(q => b.Answers.ContainsKey(q.Key)).Select(q => new LabeledValue(q.Text, b.Answers[q.Key])).ToList();
        var form = definition.Fields.Where(f => b.FormData.ContainsKey(f.Key)).Select(f => new LabeledValue(f.Label, f.AsFormField().Shown(b.FormData[f.Key]))).ToList();
        return new BundleCaseView(b.Number, b.BundleCode, b.BundleName, b.BundleVersionNo, b.ApplicantName, BundleCaseStatus.Label(b, statuses),
            b.SubmittedAt, b.AcceptedAt, b.ClosedAt, b.PromisedDays, b.CrossRegion, b.DeliveryMethod, b.DeliveryMethod.Label(), pickupHall,
            b.PostalAddress is null ? null : Mask.Address(b.PostalAddress), b.TrackingNumber, answers, form, partViews,
            b.Materials.Select(m => MaterialView(b, m)).ToList(), timeline, b.Concurrency)
        {
            AcceptedOn = b.AcceptedOn, Due = b.Due, DueProvisional = b.DueProvisional, LegalDue = b.LegalDue, LegalDays = b.LegalLimit,
            DueExplanation = b.DueExplanation(),
        };
    }

    private static BundleMaterialView MaterialView(BundleCase b, BundleCaseMaterial m) =>
        new(m.Key, m.Name, m.Required, m.Parts.Select(k => b.Part(k)?.ItemName ?? k).ToList(), m.ProvidedBy is { } p ? b.Part(p)?.ItemName : null, m.Files.Select(f => f.FileName).ToList(),
            m.Source is Catalog.MaterialSource.ElectronicLicence or Catalog.MaterialSource.SharedData);
}

internal sealed record BundleCaseListRow(string Number, string BundleName, string ApplicantName, int PartCount, DateTimeOffset SubmittedAt, string StatusName);
internal sealed record BundleCaseSummaryRow(string Number, IReadOnlyList<string> Resubmitted);
