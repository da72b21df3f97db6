using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts.Assurance;

namespace Yiwang.Web.Features.Accounts.LegalPersons;

/// <summary>A grant to make: the agent (user name or ID number) and the item (blank: every item).</summary>
internal sealed record GrantAgentRequest(string? Agent, string? ItemCode);

/// <summary>One grant as the company's representative sees it (the agent masked).</summary>
internal sealed record AgentGrantView(long Id, string AgentName, string AgentUserName, string? ItemCode, string GrantedBy, DateTimeOffset GrantedAt, string? RevokedBy, DateTimeOffset? RevokedAt);

/// <summary>
/// 经办人管理: the bound company's legal representative (or the company account itself, once L3) grants
/// and revokes agents by item or for all; each change is audited under the company and under the
/// agent, and the company's list shows every grant ever made.
/// </summary>
internal sealed class AgentGrantsHandler(YiwangDb db, UnitOfWork unitOfWork, AuditLog audit, TimeProvider clock, AccountsHandler accounts, IServiceItemNames items)
{
    public const string GrantAction = "account.agent.grant", RevokeAction = "account.agent.revoke";

    /// <summary>The company account <paramref name="user"/> may manage: itself at L3, or one it represents.</summary>
    private async Task<Account?> ManagedAsync(ClaimsPrincipal user, string creditCode, CancellationToken ct)
    {
        if (user.AccountId() is not { } me) return null;
        var code = creditCode.Trim().ToUpperInvariant();
        return await db.Users.SingleOrDefaultAsync(u => u.Kind == AccountKind.LegalPerson && u.CreditCode == code && u.Assurance == AssuranceLevel.L3
            && (u.Id == me || u.RepresentativeAccountId == me), ct);
    }

    public async Task<Outcome<List<AgentGrantView>>> ListAsync(ClaimsPrincipal user, string creditCode, CancellationToken ct)
    {
        if (await ManagedAsync(user, creditCode, ct) is not { } company) return Outcome<List<AgentGrantView>>.NotFound("没有您可以管理的该单位账号");
        var rows = await (from g in db.Set<AgentGrant>().AsNoTracking()
                          join u in db.Users.AsNoTracking() on g.AgentAccountId equals u.Id
                          where g.CompanyAccountId == company.Id
                          orderby g.GrantedAt descending
                          select new { g, u.DisplayName, u.UserName }).ToListAsync(ct);
        return Outcome<List<AgentGrantView>>.Ok(rows.Select(x => new AgentGrantView(x.g.Id, Mask.PersonName(x.DisplayName), x.UserName!, x.g.ItemCode,
            x.g.GrantedBy, x.g.GrantedAt, x.g.RevokedBy, x.g.RevokedAt)).ToList());
    }

    public async Task<Outcome<AgentGrantView>> GrantAsync(ClaimsPrincipal user, string creditCode, GrantAgentRequest r, CancellationToken ct)
    {
        if (await ManagedAsync(user, creditCode, ct) is not { } company) return Outcome<AgentGrantView>.NotFound("没有您可以管理的该单位账号");
        var agent = await accounts.FindPublicAsync(r.Agent, ct);
        if (agent is not { Kind: AccountKind.NaturalPerson }) return Outcome<AgentGrantView>.Invalid("agent", "未找到该经办人：请填写其个人账号用户名或身份证号码（经办人须先注册个人账号）");
        if (agent.Assurance < AssuranceLevel.L2) return Outcome<AgentGrantView>.Invalid("agent", "经办人须完成 L2 实名认证后才能被授权");
        var item = string.IsNullOrWhiteSpace(r.ItemCode) ? null : r.ItemCode.Trim();
        if (item is not null && await items.NameAsync(item, ct) is null) return Outcome<AgentGrantView>.Invalid("itemCode", $"事项 {item} 不存在或未发布");
        var existing = await db.Set<AgentGrant>().Where(g => g.CompanyAccountId == company.Id && g.AgentAccountId == agent.Id && g.RevokedAt == null).ToListAsync(ct);
        if (existing.Any(g => g.ItemCode is null || g.ItemCode == item)) return Outcome<AgentGrantView>.Conflict("该经办人已有此项授权");
        var grant = new AgentGrant { CompanyAccountId = company.Id, AgentAccountId = agent.Id, ItemCode = item, GrantedBy = user.Identity!.Name!, GrantedAt = clock.GetUtcNow() };
        db.Add(grant);
        var what = $"{Mask.PersonName(agent.DisplayName)}（{agent.UserName}）：{item ?? "全部事项"}";
        audit.Record(user, GrantAction, AccountUses.Subject(company.UserName!), what);
        audit.Record(user, GrantAction, AccountUses.Subject(agent.UserName!), $"{company.DisplayName}：{item ?? "全部事项"}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<AgentGrantView>.Ok(new AgentGrantView(grant.Id, Mask.PersonName(agent.DisplayName), agent.UserName!, item, grant.GrantedBy, grant.GrantedAt, null, null));
    }

    public async Task<Outcome<bool>> RevokeAsync(ClaimsPrincipal user, string creditCode, long grantId, CancellationToken ct)
    {
        if (await ManagedAsync(user, creditCode, ct) is not { } company) return Outcome<bool>.NotFound("没有您可以管理的该单位账号");
        var grant = await db.Set<AgentGrant>().SingleOrDefaultAsync(g => g.Id == grantId && g.CompanyAccountId == company.Id, ct);
        if (grant is null) return Outcome<bool>.NotFound("授权不存在");
        if (!grant.Active) return Outcome<bool>.Ok(true);
        grant.Revoke(user.Identity!.Name!, clock.GetUtcNow());
        var agentName = await db.Users.Where(u => u.Id == grant.AgentAccountId).Select(u => u.UserName).SingleAsync(ct);
        audit.Record(user, RevokeAction, AccountUses.Subject(company.UserName!), $"{agentName}：{grant.ItemCode ?? "全部事项"}");
        audit.Record(user, RevokeAction, AccountUses.Subject(agentName!), $"{company.DisplayName}：{grant.ItemCode ?? "全部事项"}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<bool>.Ok(true);
    }

    /// <summary>
    /// The company an agent may apply for on this item: bound (L3), and either represented by the
    /// agent or covered by an active grant. Null: not theirs to act for.
    /// </summary>
    public async Task<Account?> ActingForAsync(Guid agent, string creditCode, string itemCode, CancellationToken ct)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        var company = await db.Users.SingleOrDefaultAsync(u => u.Kind == AccountKind.LegalPerson && u.CreditCode == code && u.Assurance == AssuranceLevel.L3, ct);
        return company is not null && (company.RepresentativeAccountId == agent || await GrantCoversAsync(db, agent, company.Id, itemCode, ct)) ? company : null;
    }

    /// <summary>
    /// Whether <paramref name="agent"/> may act for the bound company on the item (its cases are theirs
    /// to read): an active grant covering it, or being its legal representative.
    /// </summary>
    public static async Task<bool> MayActForAsync(YiwangDb db, Guid agent, Guid company, string itemCode, CancellationToken ct) =>
        await GrantCoversAsync(db, agent, company, itemCode, ct)
        || await db.Users.AnyAsync(u => u.Id == company && u.RepresentativeAccountId == agent && u.Assurance == AssuranceLevel.L3, ct);

    private static async Task<bool> GrantCoversAsync(YiwangDb db, Guid agent, Guid company, string itemCode, CancellationToken ct) =>
        (await db.Set<AgentGrant>().AsNoTracking().Where(g => g.CompanyAccountId == company && g.AgentAccountId == agent && g.RevokedAt == null).ToListAsync(ct))
            .Any(g => g.Covers(itemCode));
}
