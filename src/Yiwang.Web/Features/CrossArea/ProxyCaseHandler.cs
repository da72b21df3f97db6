using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.CrossArea;

internal sealed record ReceiveProxyCaseRequest(string? ApplicantName, string? ApplicantIdNumber, string? ApplicantPhone, string? Province, string? OfficeName,
    string? ItemName, List<string>? Materials);

internal sealed record ProxyActionRequest(Guid? Concurrency, string? Tracking = null, Decision? Decision = null, string? Note = null, DeliveryMethod? Method = null);

internal sealed record ProxyCaseView(string Number, string HallName, string ReceivedBy, DateTimeOffset ReceivedAt, string ApplicantName, string ApplicantIdNumber,
    string ApplicantPhone, string Province, string OfficeName, string ItemName, IReadOnlyList<string> Materials, ProxyStatus Status, string StatusName,
    string? HandoverTracking, Decision? Decision, string? ResultNote, IReadOnlyList<ProxyEvent> Events, Guid Concurrency);

/// <summary>跨省通办 at a hall's window: receive (代收), hand over, record the result, deliver. A hall sees its own.</summary>
internal sealed class ProxyCaseHandler(YiwangDb db, UnitOfWork unitOfWork, CaseNumbers numbers, TimeProvider clock)
{
    public static bool IsClerk(ClaimsPrincipal user) => user.Meets(Policy.WindowClerk) && user.HallId() is not null;

    public async Task<Outcome<ProxyCaseView>> ReceiveAsync(ReceiveProxyCaseRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!IsClerk(user)) return Outcome<ProxyCaseView>.Forbidden("只有大厅窗口工作人员可以代收跨省通办申请");
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.ApplicantName)) errors["applicantName"] = ["请填写申请人姓名"];
        if (ResidentIdNumber.Validate(r.ApplicantIdNumber?.Trim() ?? "") is { } idError) errors["applicantIdNumber"] = [idError];
        if (PhoneNumber.Validate(r.ApplicantPhone) is { } phoneError) errors["applicantPhone"] = [phoneError];
        if (string.IsNullOrWhiteSpace(r.Province) || !ProxyCase.Provinces.Contains(r.Province.Trim())) errors["province"] = [$"请选择办理地省份：{string.Join("、", ProxyCase.Provinces)}"];
        if (string.IsNullOrWhiteSpace(r.OfficeName)) errors["officeName"] = ["请填写办理地的受理机构"];
        if (string.IsNullOrWhiteSpace(r.ItemName)) errors["itemName"] = ["请填写办理事项"];
        var materials = (r.Materials ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList();
        if (materials.Count == 0) errors["materials"] = ["请登记收取的申请材料"];
        if (errors.Count > 0) return Outcome<ProxyCaseView>.Invalid(errors, "代收登记填写有误");

        var now = clock.GetUtcNow();
        // The number is issued in the transaction of the case that carries it.
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var p = new ProxyCase
            {
                Number = await numbers.NextAsync(ct), HallId = user.HallId()!.Value, WindowId = user.WindowId(), ReceivedBy = user.Identity!.Name!, ReceivedAt = now,
                ApplicantName = r.ApplicantName!.Trim(), ApplicantIdNumber = r.ApplicantIdNumber!.Trim().ToUpperInvariant(), ApplicantPhone = r.ApplicantPhone!.Trim(),
                Province = r.Province!.Trim(), OfficeName = r.OfficeName!.Trim(), ItemName = r.ItemName!.Trim(), Materials = materials,
            };
            p.Record(p.ReceivedBy, now, $"代收{p.Province}{p.OfficeName}“{p.ItemName}”申请，收取材料：{string.Join("、", materials)}");
            db.ProxyCases.Add(p);
            await unitOfWork.CommitAsync(ct);
            return Outcome<ProxyCaseView>.Ok(await ViewAsync(p, ct));
        }, ct);
    }

    public async Task<Outcome<ProxyCaseView>> ActAsync(string number, string action, ProxyActionRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var p = await db.ProxyCases.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (p is null || !IsClerk(user) || user.HallId() != p.HallId) return Outcome<ProxyCaseView>.NotFound($"代收代办件 {number} 不存在");
        if (r.Concurrency is { } seen && seen != p.Concurrency) return Outcome<ProxyCaseView>.Conflict("该代收代办件已被他人处理，请刷新后再操作");
        var (actor, now) = (user.Identity!.Name!, clock.GetUtcNow());
        try
        {
            switch (action)
            {
                case "handover" when string.IsNullOrWhiteSpace(r.Tracking):
                    return Outcome<ProxyCaseView>.Invalid("tracking", "请登记移交方式（快递单号或全国一体化平台流水号）");
                case "handover": p.HandOver(actor, now, r.Tracking.Trim()); break;
                case "result" when r.Decision is null || string.IsNullOrWhiteSpace(r.Note):
                    return Outcome<ProxyCaseView>.Invalid(r.Decision is null ? "decision" : "note", "请登记办理地的决定及说明（如证件编号）");
                case "result": p.ReceiveResult(actor, now, r.Decision!.Value, r.Note!.Trim()); break;
                case "deliver": p.Deliver(actor, now, r.Method ?? DeliveryMethod.WindowPickup); break;
                default: return Outcome<ProxyCaseView>.NotFound($"没有“{action}”这一操作");
            }
        }
        catch (CaseTransitionException e) { return Outcome<ProxyCaseView>.Conflict(e.Message); }
        try { await unitOfWork.CommitAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<ProxyCaseView>.Conflict("该代收代办件已被他人处理，请刷新后再操作"); }
        return Outcome<ProxyCaseView>.Ok(await ViewAsync(p, ct));
    }

    public async Task<List<ProxyCaseView>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!IsClerk(user) && !user.Meets(Policy.Supervision)) return [];
        var hall = user.HallId();
        var rows = await db.ProxyCases.AsNoTracking().Where(p => !IsClerk(user) || p.HallId == hall).OrderByDescending(p => p.Id).Take(200).ToListAsync(ct);
        var list = new List<ProxyCaseView>();
        foreach (var p in rows) list.Add(await ViewAsync(p, ct));
        return list;
    }

    private async Task<ProxyCaseView> ViewAsync(ProxyCase p, CancellationToken ct) => new(p.Number,
        await db.Halls.Where(h => h.Id == p.HallId).Select(h => h.Name).SingleAsync(ct), p.ReceivedBy, p.ReceivedAt, p.ApplicantName,
        Mask.IdNumber(p.ApplicantIdNumber), Mask.Phone(p.ApplicantPhone), p.Province, p.OfficeName, p.ItemName, p.Materials, p.Status, p.Status.Label(),
        p.HandoverTracking, p.Decision, p.ResultNote, p.Events, p.Concurrency);
}
