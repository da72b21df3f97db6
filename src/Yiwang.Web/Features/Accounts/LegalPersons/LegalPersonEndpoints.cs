using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Accounts.LegalPersons;

internal static class LegalPersonEndpoints
{
    public static void MapLegalPersons(this IEndpointRouteBuilder app)
    {
        var me = app.Api().MapGroup("/accounts/me/companies").RequireAuthorization().WithTags("Accounts");
        me.MapGet("", async (LegalPersonsHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.MineAsync(http.User, ct)))
            .WithSummary("我代表或经授权代办的单位（法定代表人、经办人）");
        me.MapPost("", async (ClaimCompanyRequest r, LegalPersonsHandler h, HttpContext http, CancellationToken ct) => (await h.ClaimAsync(http.User, r, ct)).ToHttp())
            .WithSummary("法定代表人认领单位账号（本人 L3，与法人库登记的法定代表人一致；已注册的账号改由法定代表人设置密码，原会话全部失效）");

        var agents = app.Api().MapGroup("/companies/{creditCode}/agents").RequireAuthorization().WithTags("Accounts");
        agents.MapGet("", async (string creditCode, AgentGrantsHandler h, HttpContext http, CancellationToken ct) => (await h.ListAsync(http.User, creditCode, ct)).ToHttp())
            .WithSummary("经办人授权记录（法定代表人或已认证的单位账号）");
        agents.MapPost("", async (string creditCode, GrantAgentRequest r, AgentGrantsHandler h, HttpContext http, CancellationToken ct) =>
                (await h.GrantAsync(http.User, creditCode, r, ct)).ToHttp())
            .WithSummary("授权经办人代表单位申请：某一事项（itemCode）或全部事项（留空）；留痕审计");
        agents.MapPost("/{id:long}/revoke", async (string creditCode, long id, AgentGrantsHandler h, HttpContext http, CancellationToken ct) =>
                (await h.RevokeAsync(http.User, creditCode, id, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("撤销经办人授权；留痕审计");

        // The 电子营业执照 round trip for a company account (a browser redirect, not an API call).
        app.MapGet("/account/business-licence/provider", (LegalPersonsHandler h, HttpContext http) =>
                http.User.AccountId() is { } id && h.LicenceProvider is { } p ? Results.Redirect(p.StartUrl(id, "/account/business-licence/return")) : Results.Redirect("/account?provider=none"))
            .RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/account/business-licence/return", async (string? ticket, LegalPersonsHandler h, HttpContext http, CancellationToken ct) =>
                Results.Redirect((await h.RedeemBusinessLicenceAsync(http.User, ticket, ct)).IsOk ? "/account?proven=business-licence" : "/account?proven=failed"))
            .RequireAuthorization().ExcludeFromDescription();
    }
}
