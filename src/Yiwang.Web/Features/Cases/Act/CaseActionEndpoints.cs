using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Cases.Act;

/// <summary>POST /api/v1/cases/{number}/{action} for every <see cref="CaseActions"/> entry.</summary>
internal static class CaseActionEndpoints
{
    public static void MapCaseActions(this RouteGroupBuilder cases)
    {
        Map(cases, CaseActions.Submit);
        Map(cases, CaseActions.Accept);
        Map(cases, CaseActions.RequestSupplement);
        Map(cases, CaseActions.Refuse);
        Map(cases, CaseActions.CloseUnsupplemented);
        Map(cases, CaseActions.Resubmit);
        Map(cases, CaseActions.Pass);
        Map(cases, CaseActions.Return);
        Map(cases, CaseActions.Suspend);
        Map(cases, CaseActions.Resume);
        Map(cases, CaseActions.Extend);
        Map(cases, CaseActions.Decide);
        Map(cases, CaseActions.Recall);
        Map(cases, CaseActions.Reassign);
        Map(cases, CaseActions.RequestCountersign);
        Map(cases, CaseActions.Countersign);
        Map(cases, CaseActions.Deliver);
        Map(cases, CaseActions.Withdraw);
    }

    private static void Map<T>(RouteGroupBuilder cases, ActionDefinition<T> action) =>
        cases.MapPost($"/{{number}}/{action.Action.Route()}", async (string number, T request, CaseCommands commands, HttpContext http, CancellationToken ct) =>
                (await commands.RunAsync(number, action, request, http.User, ct)).ToHttp())
            .RequireAuthorization()
            .WithName("Case_" + action.Action.Route()).WithSummary(action.Summary);
}
