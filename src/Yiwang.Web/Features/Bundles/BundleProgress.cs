using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// Moves a bundle case on when one of its parts changes, inside the same unit of work as that
/// change (so a crash can never leave a granted predecessor without its successor): a part whose
/// predecessors are all granted gets its case, accepted at once (the window checked the materials)
/// and given the predecessors' results as materials; a part whose predecessor was denied, refused
/// or withdrawn will not start; when every part is finished and the results go out electronically,
/// all of them are delivered together and the whole is 办结.
/// </summary>
[EventOrder(EventOrder.Follow)]
internal sealed class BundleProgress(YiwangDb db, CaseNumbers numbers, CurrentVersionCache versions, IBlobStore blobs, IConfiguration config, WorkingDayCalendar calendar,
    Licences.LicenceIssuer licences, Licences.Decisions.DecisionDocuments decisions, ILogger<BundleProgress> log)
    : IHandles<CaseDecided>, IHandles<CaseRefused>, IHandles<CaseWithdrawn>, IHandles<DecisionRecalled>, IHandles<CaseAccepted>
{
    public const string System = "一件事联办";

    /// <summary>A decision a successor part was started on stands.</summary>
    public async Task HandleAsync(DecisionRecalled e, CancellationToken ct)
    {
        if (e.Case.BundleCaseId is not { } id) return;
        var parent = await db.BundleCases.SingleAsync(b => b.Id == id, ct);
        var part = parent.Parts.First(p => p.CaseNumber == e.Case.Number);
        if (parent.Parts.Any(p => p.After.Contains(part.Key) && p.CaseNumber is not null))
            throw new CaseTransitionException("后续环节已凭该决定开始办理，不能撤回");
    }

    /// <summary>A part accepted by law (§32) starts the whole's clock from its receipt, when the window never accepted the whole.</summary>
    public async Task HandleAsync(CaseAccepted e, CancellationToken ct)
    {
        if (e.Case.BundleCaseId is not { } id || !e.Case.AcceptedByLaw || e.Case.AcceptedOn is not { } on) return;
        var parent = await db.BundleCases.SingleAsync(b => b.Id == id, ct);
        if (parent.Parts.FirstOrDefault(p => p.CaseNumber == e.Case.Number) is { } part)
            parent.PartAcceptedByLaw(new Actor(e.Entry.Actor, e.Entry.At), part, on, calendar.Schedule);
    }

    public Task HandleAsync(CaseDecided e, CancellationToken ct) => PartFinishedAsync(e, ct);

    public Task HandleAsync(CaseRefused e, CancellationToken ct) => PartFinishedAsync(e, ct);

    public Task HandleAsync(CaseWithdrawn e, CancellationToken ct) => PartFinishedAsync(e, ct);

    private async Task PartFinishedAsync(CaseActed e, CancellationToken ct)
    {
        if (e.Case.BundleCaseId is not { } id) return;
        var now = e.Entry.At;
        var parent = await db.BundleCases.SingleAsync(b => b.Id == id, ct);
        parent.PartFinished();
        var parts = await db.Cases.Include(x => x.Events).Where(x => x.BundleCaseId == id).ToListAsync(ct);
        await StartSuccessorsAsync(parent, parts, calendar.Schedule, now, ct);
        if (parent.DeliveryMethod == DeliveryMethod.Electronic && BundleCaseStatus.AllFinished(parent, parts))
            DeliverAll(parent, parts, new Actor(System, now), null);
    }

    /// <summary>统一出件: every decided part goes out the same way, then the whole closes (<see cref="BundleNotifications"/> tells of it once).</summary>
    public void DeliverAll(BundleCase parent, List<Case> parts, Actor a, string? trackingNumber)
    {
        var delivered = new List<string>();
        foreach (var c in parts.Where(c => c.Status == CaseStatus.Decided))
        {
            c.Deliver(a, parent.DeliveryMethod, trackingNumber, withBundle: true);
            delivered.Add(c.ItemName);
        }
        parent.Close(a, trackingNumber, delivered);
    }

    private async Task StartSuccessorsAsync(BundleCase parent, List<Case> parts, WorkingDaySchedule calendar, DateTimeOffset now, CancellationToken ct)
    {
        // Starting one part may make another startable only through a later decision, so one pass is enough.
        foreach (var part in parent.Parts.Where(p => p.CaseNumber is null && p.Cancelled is null))
        {
            var predecessors = part.After.Select(k => parts.FirstOrDefault(c => c.Number == parent.Part(k)?.CaseNumber)).ToList();
            var failed = predecessors.FirstOrDefault(c => c is not null && (c.Status is CaseStatus.Refused or CaseStatus.Withdrawn || c.Decision == Decision.Deny));
            if (failed is not null || part.After.Any(k => parent.Part(k)?.Cancelled is not null))
            {
                parent.PartCancelled(part, $"前序事项“{failed?.ItemName ?? "前序环节"}”未获准予，本环节不再办理", now, System);
                continue;
            }
            if (predecessors.Any(c => c is null || c.Decision != Decision.Grant)) continue;
            var current = await versions.FindAsync(db, part.ItemCode, ct);
            if (current is null)
            {
                parent.PartCancelled(part, "该事项已停止办理", now, System);
                continue;
            }
            var actor = new Actor(System, now, parent.AcceptedHallId is { } h ? $"hall:{h}" : null, HallId: parent.AcceptedHallId, WindowId: parent.AcceptedWindowId);
            var c = OpenPart(parent, part, await numbers.NextAsync(ct), current, actor);
            parent.PartStarted(part, c.Number, now, System);
            c.Accept(actor, ChinaTime.Date(now), calendar);
            foreach (var m in parent.Materials.Where(m => m.Parts.Contains(part.Key)))
                foreach (var f in m.Files) c.Materials.Add(Attached(m.Name, f));
            foreach (var p in predecessors) if (await ResultOfAsync(p!, now, ct) is { } result) c.Materials.Add(result);
            db.Cases.Add(c);
            parts.Add(c);
        }
    }

    /// <summary>The case of one part: the applicant's, in the part's department, with its form mapped from the bundle form.</summary>
    public static Case OpenPart(BundleCase parent, BundleCasePart part, string number, CurrentItemVersion current, Actor actor)
    {
        var c = Case.Apply(new CaseApplication(number, current, parent.ApplicantId, parent.ApplicantName, CaseChannel.Online,
            part.FieldMap.Where(m => parent.FormData.ContainsKey(m.Key)).ToDictionary(m => m.Value, m => parent.FormData[m.Key]), FormComplete: true,
            parent.PickupHallId, actor.At, actor with { Name = System }, BundleCaseId: parent.Id));
        part.CaseNumber = number;
        return c;
    }

    public static CaseMaterial Attached(string name, BundleFile f) => new()
    {
        MaterialName = name, FileName = f.FileName, Kind = f.Kind, Size = f.Size, BlobKey = f.BlobKey, Sha256 = f.Sha256, UploadedAt = f.UploadedAt, UploadedBy = f.UploadedBy,
    };

    /// <summary>
    /// The predecessor's result as a PDF material of the successor: the signed electronic licence
    /// when the decision issued one (e.g. 营业执照), else its signed decision document.
    /// </summary>
    private async Task<CaseMaterial?> ResultOfAsync(Case predecessor, DateTimeOffset now, CancellationToken ct)
    {
        if (!ChineseFont.TryInstall(config["Pdf:FontPath"]))
        {
            log.LogWarning("No Chinese font: the result of {Case} is passed on without its document", predecessor.Number);
            return null;
        }
        var baseUrl = config["Portal:BaseUrl"] ?? "http://127.0.0.1:5080";
        var licence = db.Licences.Local.FirstOrDefault(l => l.CaseNumber == predecessor.Number)
            ?? await db.Licences.AsNoTracking().FirstOrDefaultAsync(l => l.CaseNumber == predecessor.Number, ct);
        string result;
        byte[] pdf;
        if (licence is not null && await licences.RenderAsync(licence, baseUrl, ct) is { } document)
            (result, pdf) = (licence.TypeName, document.Pdf);
        else if (await decisions.ResultDocumentAsync(predecessor, baseUrl, ct) is { } decision)
            (result, pdf) = decision;
        else return null;
        var key = Guid.NewGuid().ToString("N") + FileKind.Pdf.Extension();
        await blobs.PutAsync(key, new MemoryStream(pdf), ct);
        return new CaseMaterial
        {
            MaterialName = result, FileName = $"{result}-{predecessor.Number}.pdf", Kind = FileKind.Pdf, Size = pdf.Length, BlobKey = key,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)), UploadedAt = now, UploadedBy = System,
        };
    }
}
