using Yiwang.Web.Common.Auth;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Supervision.Rules;

internal sealed record RulesView(int WarningDaysLeft, int RedAfterOverdueDays, int AnswerWithinDays, int RectifyWithinDays, DateTimeOffset? UpdatedAt, string? UpdatedBy);

internal sealed record UpdateRulesRequest(int WarningDaysLeft, int RedAfterOverdueDays, int AnswerWithinDays, int RectifyWithinDays);

/// <summary>Reads and changes the supervision thresholds; a change makes the next sweep look at every running case again.</summary>
internal sealed class RulesHandler(YiwangDb db, UnitOfWork unitOfWork, SupervisionSettings settings, TimeProvider clock, AuditLog audit)
{
    public async Task<RulesView> GetAsync(CancellationToken ct) => View(await settings.RulesAsync(ct));

    public async Task<Outcome<RulesView>> UpdateAsync(UpdateRulesRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!OversightScope.Supervises(user)) return Outcome<RulesView>.Forbidden("只有效能监察员可以设置监察规则");
        var errors = SupervisionRules.Validate(r.WarningDaysLeft, r.RedAfterOverdueDays, r.AnswerWithinDays, r.RectifyWithinDays);
        if (errors.Count > 0) return Outcome<RulesView>.Invalid(errors, "监察规则填写有误");
        var rules = await db.SupervisionRules.SingleOrDefaultAsync(ct);
        if (rules is null) db.SupervisionRules.Add(rules = new SupervisionRules());
        (rules.WarningDaysLeft, rules.RedAfterOverdueDays, rules.AnswerWithinDays, rules.RectifyWithinDays) =
            (r.WarningDaysLeft, r.RedAfterOverdueDays, r.AnswerWithinDays, r.RectifyWithinDays);
        (rules.UpdatedAt, rules.UpdatedBy) = (clock.GetUtcNow(), user.Identity!.Name);
        audit.Record(user, "supervision.rules", "supervision:rules",
            $"warning={r.WarningDaysLeft} red={r.RedAfterOverdueDays} answer={r.AnswerWithinDays} rectify={r.RectifyWithinDays}");
        await unitOfWork.CommitAsync(ct);
        settings.Forget();
        var today = clock.Today();
        await db.Cases.Where(c => c.Status == CaseStatus.InProgress && c.Due != null).ExecuteUpdateAsync(s => s.SetProperty(c => c.NextCheckOn, today), ct);
        return Outcome<RulesView>.Ok(View(rules));
    }

    private static RulesView View(SupervisionRules r) => new(r.WarningDaysLeft, r.RedAfterOverdueDays, r.AnswerWithinDays, r.RectifyWithinDays, r.UpdatedAt, r.UpdatedBy);
}
