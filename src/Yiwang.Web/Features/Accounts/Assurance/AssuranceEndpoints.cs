using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Accounts.Assurance;

internal sealed record PhoneCode(string? Code);

internal static class AssuranceEndpoints
{
    public static void MapAssurance(this IEndpointRouteBuilder app)
    {
        var me = app.Api().MapGroup("/accounts/me").RequireAuthorization();
        me.MapGet("/assurance", async (AssuranceHandler h, HttpContext http) => (await h.StatusAsync(http.User)).ToHttp())
            .WithSummary("本账号的身份认证等级（L1 未实名 / L2 实名认证 / L3 实人认证）");
        me.MapPost("/phone-code", async (AssuranceHandler h, HttpContext http, CancellationToken ct) =>
                (await h.SendPhoneCodeAsync(http.User, ct)).ToHttp(until => TypedResults.Ok(new { expiresAt = until })))
            .RequireRateLimiting(RateLimits.Sms).WithSummary("向本账号手机发送验证码（60秒一次，每日10次）");
        me.MapPost("/phone", async (PhoneCode r, AssuranceHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ProvePhoneAsync(http.User, r.Code, ct)).ToHttp())
            .WithSummary("验证手机号；个人账号同时与人口库比对姓名和身份证号，一致则升为 L2");
        app.Api().MapPost("/identity-checks", async (WindowCheck r, AssuranceHandler h, HttpContext http, CancellationToken ct) =>
                (await h.VerifyAtWindowAsync(http.User, r, ct)).ToHttp())
            .RequireAuthorization(Policy.WindowClerk).WithSummary("窗口核验身份证原件，将本人账号升为 L3（窗口受理员，留痕审计）");

        // The identity provider's round trip: out to its check, back with a ticket (a browser redirect, not an API call).
        app.MapGet("/account/assurance/provider", (AssuranceHandler h, HttpContext http) =>
                h.ProviderStart(http.User, "/account/assurance/return") is { } url ? Results.Redirect(url) : Results.Redirect("/account?provider=none"))
            .RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/account/assurance/return", async (string? ticket, AssuranceHandler h, HttpContext http, CancellationToken ct) =>
                Results.Redirect((await h.RedeemProviderAsync(http.User, ticket, ct)).IsOk ? "/account?proven=provider" : "/account?proven=failed"))
            .RequireAuthorization().ExcludeFromDescription();
    }
}
