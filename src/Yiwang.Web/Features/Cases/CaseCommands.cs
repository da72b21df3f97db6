using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases;

/// <summary>Who may perform an action: the applicant, a window clerk of the case's hall, or the owning department's approvers.</summary>
internal enum CaseRole { Applicant, Window, BackOffice, Decider, Countersigner, Head }

/// <summary>
/// Runs one state transition on one case: load by number, check the role's scope, apply the
/// entity method, save under optimistic concurrency. A forbidden transition is a 409 with the
/// state machine's message; a stale token or a concurrent writer is a 409 conflict.
/// </summary>
internal sealed class CaseCommands(YiwangDb db, CaseScope scope, WorkingDayCalendar calendar, TimeProvider clock, IHttpContextAccessor http, UnitOfWork unitOfWork,
    Materials.GivenMaterialsReader materials)
{
    public async Task<Outcome<CaseSummary>> RunAsync<T>(string number, Act.ActionDefinition<T> action, T request, ClaimsPrincipal user, CancellationToken ct)
    {
        // Actions that name another person or department check it against the database first.
        Act.ActionContext? context = null;
        if (action.Check is not null)
        {
            var checkedOutcome = await action.Check(request, user, db, ct);
            if (!checkedOutcome.IsOk) return checkedOutcome.As<CaseSummary>();
            context = checkedOutcome.Value;
        }
        Materials.GivenMaterials? given = null;
        Catalog.TimeRules? rules = null;
        return await RunAsync(number, action.Token(request), action.Role, user,
            (c, a, cal) => action.Apply(c, a, cal, request, new Act.ActionDay(Common.Time.ChinaTime.Date(a.At), context, given, rules ?? new())), ct, action.Present(request),
            action.ReadsMaterials || action.ReadsTimeRules ? async (c, token) =>
            {
                if (action.ReadsMaterials) given = await materials.ReadAsync(c, token);
                // The time rules of the version the case was applied under.
                if (action.ReadsTimeRules) rules = (await materials.GuideAsync(c, token))?.TimeRules;
            } : null);
    }

    /// <param name="inspect">Runs on the loaded case once the user may act, before the action (reads what the action needs).</param>
    public async Task<Outcome<CaseSummary>> RunAsync(string number, Guid? concurrency, CaseRole role, ClaimsPrincipal user,
        Action<Case, Actor, WorkingDaySchedule> action, CancellationToken ct, bool applicantPresent = false, Func<Case, CancellationToken, Task>? inspect = null)
    {
        var c = await db.Cases.Include(x => x.Events).SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is null) return Outcome<CaseSummary>.NotFound($"办件 {number} 不存在");
        var allowed = role switch
        {
            CaseRole.Applicant => await scope.ActsForApplicantAsync(user, c, ct),
            CaseRole.Window => await scope.AtWindowAsync(user, c, ct),
            CaseRole.BackOffice => CaseScope.InBackOffice(user, c),
            CaseRole.Countersigner => CaseScope.IsCountersigner(user, c),
            CaseRole.Head => CaseScope.IsDepartmentHead(user, c),
            _ => await scope.MayDecideAsync(user, c, ct),
        };
        // Whoever may act may read; a refusal is 403 to those who can see the case, 404 to everyone else.
        if (!allowed)
            return await scope.CanReadAsync(user, c, ct)
                ? Outcome<CaseSummary>.Forbidden("您无权对该办件执行此操作")
                : Outcome<CaseSummary>.NotFound($"办件 {number} 不存在");
        if (concurrency is { } seen && seen != c.Concurrency)
            return Outcome<CaseSummary>.Conflict("该办件已被他人处理，请刷新后再操作");
        var place = role == CaseRole.Applicant ? http.HttpContext?.Connection.RemoteIpAddress?.ToString() : WindowOf(user);
        if (inspect is not null) await inspect(c, ct);
        try
        {
            action(c, new Actor(user.Identity!.Name!, clock.GetUtcNow(), place, applicantPresent, user.HallId(), user.WindowId()), calendar.Schedule);
            // What other features do about it (a licence, a 决定书, cards, a bundle's next part, a message) commits with it.
            await unitOfWork.CommitAsync(ct);
        }
        catch (CaseTransitionException e)
        {
            return Outcome<CaseSummary>.Conflict(e.Message);
        }
        catch (Materials.MaterialsMissingException e)
        {
            // Each missing material is named as a field of the answer (400), so a form can point at it.
            return Outcome<CaseSummary>.Invalid(Materials.MaterialRequirements.Errors(e.Missing), e.Message);
        }
        catch (CalendarRangeException e)
        {
            return Outcome<CaseSummary>.Invalid("date", e.Message);
        }
        catch (DbUpdateException e) when (DbErrors.IsConflict(e))
        {
            // Only a changed row or a key a concurrent action took is "someone else's change"; any other database error is not reported as one.
            return Outcome<CaseSummary>.Conflict("该办件已被他人处理，请刷新后再操作");
        }
        return Outcome<CaseSummary>.Ok(CaseSummary.Of(c));
    }

    private static string? WindowOf(ClaimsPrincipal user) =>
        user.HallId() is { } h ? $"hall:{h}" : user.DepartmentId() is { } d ? $"department:{d}" : null;
}

/// <summary>What an action answers: enough to continue (the new token) and to show the state.</summary>
internal sealed record CaseSummary(string Number, string ItemName, CaseStatus Status, string StatusName, string? Step,
    DateOnly? AcceptedOn, DateOnly? Due, bool DueProvisional, Guid Concurrency)
{
    public static CaseSummary Of(Case c) => new(c.Number, c.ItemName, c.Status, c.Status.Label(), c.CurrentStepName,
        c.AcceptedOn, c.Due, c.DueProvisional, c.Concurrency);
}
