using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases.Submit;

/// <summary>
/// Apply for an item: a citizen or enterprise for themselves (online), or a window clerk on
/// someone's behalf (帮办代办) with the authorization recorded. Submit=false keeps a draft.
/// </summary>
public sealed record SubmitApplicationRequest(string? ItemCode, bool Submit = true, string? OnBehalfOf = null, string? Authorization = null);

public sealed class SubmitApplicationHandler(YiwangDb db, CaseNumbers numbers, UserManager<Account> users, TimeProvider clock, IHttpContextAccessor http, SqliteWriteGate gate)
{
    public async Task<Outcome<CaseSummary>> HandleAsync(SubmitApplicationRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.ItemCode)) return Outcome<CaseSummary>.Invalid("itemCode", "请选择办理事项");
        // Only the current version is read: a case is applied under the version in force now.
        var current = await CurrentVersions.Of(db).AsNoTracking().Where(c => c.Item.Code == r.ItemCode)
            .Select(c => new { c.Item, c.Version }).SingleOrDefaultAsync(ct);
        if (current is null) return Outcome<CaseSummary>.Invalid("itemCode", $"事项 {r.ItemCode} 不存在或未发布");

        Guid applicantId;
        string applicantName;
        string place;
        if (user.IsStaff())
        {
            if (!user.IsInRole(StaffRole.WindowClerk)) return Outcome<CaseSummary>.Forbidden("只有窗口工作人员可以帮办代办");
            if (string.IsNullOrWhiteSpace(r.OnBehalfOf)) return Outcome<CaseSummary>.Invalid("onBehalfOf", "帮办代办须指明申请人账号");
            if (string.IsNullOrWhiteSpace(r.Authorization)) return Outcome<CaseSummary>.Invalid("authorization", "帮办代办须登记申请人授权（如授权委托书编号）");
            var applicant = await users.FindByNameAsync(r.OnBehalfOf.Trim());
            if (applicant is null || applicant.Kind == AccountKind.Staff) return Outcome<CaseSummary>.Invalid("onBehalfOf", "申请人账号不存在");
            (applicantId, applicantName) = (applicant.Id, applicant.DisplayName);
            place = $"hall:{user.HallId()}";
        }
        else
        {
            // The sign-in cookie carries the account id and real name: no account read, no decryption.
            if (user.AccountId() is not { } id) return Outcome<CaseSummary>.Forbidden("请先登录");
            (applicantId, applicantName) = (id, user.Name());
            place = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "online";
        }

        // The number and the case commit together: one durable write per submission.
        using var _ = await gate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var c = Case.Open(await numbers.NextAsync(ct), current.Item, current.Version, applicantId, applicantName,
            user.IsStaff() ? CaseChannel.Window : CaseChannel.Online, now);
        if (r.Submit)
        {
            c.Submit(new Actor(user.Identity!.Name!, now, place, ApplicantPresent: user.IsStaff()));
            if (user.IsStaff()) c.Events[^1] = Annotated(c.Events[^1], $"帮办代办，授权：{r.Authorization!.Trim()}");
        }
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<CaseSummary>.Ok(CaseSummary.Of(c));
    }

    private static CaseEvent Annotated(CaseEvent e, string note) => new()
    {
        Sequence = e.Sequence, At = e.At, Actor = e.Actor, Action = e.Action, From = e.From, To = e.To,
        Detail = $"{e.Detail}（{note}）", Place = e.Place, InPerson = e.InPerson,
    };
}
