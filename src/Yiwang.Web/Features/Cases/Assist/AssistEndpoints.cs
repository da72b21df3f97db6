using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Cases.Assist;

internal static class AssistEndpoints
{
    public static void MapAssist(RouteGroupBuilder cases) =>
        cases.MapPost("/assist/consent-code", async (ConsentCodeRequest r, AssistedApplicants h, HttpContext http, CancellationToken ct) =>
                (await h.SendCodeAsync(http.User, r.OnBehalfOf, ct)).ToHttp())
            .RequireAuthorization().RequireRateLimiting(RateLimits.Sms).WithName("SendAssistConsentCode")
            .WithSummary("帮办代办：向申请人已验证的手机发送授权验证码（窗口工作人员；记入申请人的数据使用记录）");
}

internal sealed record ConsentCodeRequest(string? OnBehalfOf);
