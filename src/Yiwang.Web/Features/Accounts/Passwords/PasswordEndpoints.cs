using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Accounts.Passwords;

internal static class PasswordEndpoints
{
    public static void MapPasswords(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        api.MapPost("/accounts/me/password", async (ChangePasswordRequest r, PasswordsHandler h, HttpContext http) =>
                (await h.ChangeAsync(http.User, r)).ToHttp(_ => TypedResults.NoContent()))
            .RequireAuthorization().WithSummary("修改密码（本账号其他会话同时失效）");
        api.MapPost("/auth/reset-code", async (ResetCodeRequest r, PasswordsHandler h, CancellationToken ct) =>
                (await h.SendResetCodeAsync(r, ct)).ToHttp(m => TypedResults.Ok(new { message = m })))
            .RequireRateLimiting(RateLimits.Sms).WithSummary("找回密码 / 首次登录：向账号登记的手机发送验证码（账号是否存在都答同一句话）");
        api.MapPost("/auth/reset", async (ResetPasswordRequest r, PasswordsHandler h, CancellationToken ct) =>
                (await h.ResetAsync(r, ct)).ToHttp(_ => TypedResults.NoContent()))
            .RequireRateLimiting(RateLimits.Login).WithSummary("凭短信验证码设置新密码（本账号所有会话失效）");
    }
}
