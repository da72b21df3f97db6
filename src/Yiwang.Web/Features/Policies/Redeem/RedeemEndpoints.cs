using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Policies.Redeem;

/// <summary>免申即享 over HTTP: batches and payouts for the department, confirmation for the firm, the public list of payouts; and the pages' forms.</summary>
internal static class RedeemEndpoints
{
    public static void MapRedeem(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        var batches = api.MapGroup("/policy-batches").WithTags("Policies").RequireAuthorization();
        batches.MapGet("", async (RedeemHandler h, HttpContext http, CancellationToken ct) => (await h.BatchesAsync(http.User, ct)).ToHttp())
            .WithName("EntitlementBatches").WithSummary("免申即享批次（兑现部门：本部门的批次）");
        batches.MapGet("/{id:long}", async (long id, RedeemHandler h, HttpContext http, CancellationToken ct) => (await h.BatchAsync(id, http.User, ct)).ToHttp())
            .WithName("EntitlementBatch").WithSummary("一个批次：每家企业的金额与比对依据（查看记入审计）");
        batches.MapPost("/{id:long}/release", async (long id, RedeemHandler h, HttpContext http, CancellationToken ct) => (await h.ReleaseAsync(id, http.User, ct)).ToHttp())
            .WithName("ReleaseEntitlementBatch").WithSummary("批次审核通过：未排除的企业收到确认通知");
        var entitlements = api.MapGroup("/entitlements").WithTags("Policies").RequireAuthorization();
        entitlements.MapGet("/mine", async (RedeemHandler h, HttpContext http, CancellationToken ct) => (await h.MineAsync(http.User, ct)).ToHttp())
            .WithName("MyEntitlements").WithSummary("本单位的免申即享兑现记录（待确认、已确认、已拨付）");
        entitlements.MapPost("/{number}/exclude", async (string number, ExcludeRequest r, RedeemHandler h, HttpContext http, CancellationToken ct) => (await h.ExcludeAsync(number, r, http.User, ct)).ToHttp())
            .WithName("ExcludeEntitlement").WithSummary("审核时排除一家企业（须写理由，记入审计）");
        entitlements.MapGet("/account", async (RedeemHandler h, HttpContext http, CancellationToken ct) =>
                await h.LastAccountAsync(http.User, ct) is { } last ? Results.Ok(last) : Results.NoContent())
            .WithName("MyLastAccount").WithSummary("本单位上次确认的收款账户（账号脱敏）；确认时 sameAccount=true 即沿用");
        entitlements.MapPost("/{number}/confirm", async (string number, ConfirmRequest r, RedeemHandler h, HttpContext http, CancellationToken ct) => (await h.ConfirmAsync(number, r, http.User, ct)).ToHttp())
            .WithName("ConfirmEntitlement").WithSummary("企业一键确认（收款账户），承诺兑现时限自此起算");
        entitlements.MapPost("/{number}/decline", async (string number, DeclineRequest r, RedeemHandler h, HttpContext http, CancellationToken ct) => (await h.DeclineAsync(number, r, http.User, ct)).ToHttp())
            .WithName("DeclineEntitlement").WithSummary("企业放弃享受");
        entitlements.MapPost("/{number}/pay", async (string number, PayRequest r, RedeemHandler h, HttpContext http, CancellationToken ct) => (await h.PayAsync(number, r, http.User, ct)).ToHttp())
            .WithName("PayEntitlement").WithSummary("登记拨付：金额（不超过核定金额）、日期、凭证号；拨付后结果公开");
        api.MapGet("/policies/payouts", async (RedeemHandler h, CancellationToken ct) => TypedResults.Ok(await h.PublishedAsync(ct)))
            .AllowAnonymous().WithTags("Policies").WithName("PolicyPayouts").WithSummary("惠企政策兑现结果公开：受益企业、政策条款、金额、拨付日期");

        // The pages' forms (antiforgery-checked), back to the page with the result.
        app.MapPost("/policies/entitlements/{number}/{action}", async (string number, string action, HttpContext http, IAntiforgery af, RedeemHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var form = await http.Request.ReadFormAsync(ct);
                Guid? token = Guid.TryParse(form["concurrency"], out var g) ? g : null;
                var outcome = action switch
                {
                    "exclude" => await h.ExcludeAsync(number, new ExcludeRequest(form["reason"], token), http.User, ct),
                    "confirm" => await h.ConfirmAsync(number, new ConfirmRequest(form["bankName"], form["bankAccount"], token, form["account"] == "same"), http.User, ct),
                    "decline" => await h.DeclineAsync(number, new DeclineRequest(form["reason"], token), http.User, ct),
                    "pay" => await h.PayAsync(number, new PayRequest(decimal.TryParse(form["amount"], NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null,
                        DateOnly.TryParse(form["paidOn"], CultureInfo.InvariantCulture, out var d) ? d : null, form["voucher"], token), http.User, ct),
                    _ => Outcome<EntitlementView>.NotFound("未知的操作"),
                };
                return Back(form["back"], outcome.IsOk, outcome.IsOk ? $"{number}：{outcome.Value!.State}" : Message(outcome));
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/policies/{code}/clauses/{key}/apply", async (string code, string key, HttpContext http, IAntiforgery af, Apply.ApplyClauseHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var outcome = await h.HandleAsync(code, key, http.User, ct);
                return outcome.IsOk ? Results.Redirect($"/cases/{Uri.EscapeDataString(outcome.Value!.CaseNumber)}") : Back("/policies/mine", false, Message(outcome));
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/staff/policy-batches/{id:long}/release", async (long id, HttpContext http, IAntiforgery af, RedeemHandler h, CancellationToken ct) =>
            {
                if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
                var outcome = await h.ReleaseAsync(id, http.User, ct);
                return Back($"/staff/policy-batches/{id}", outcome.IsOk, outcome.IsOk ? $"已审核通过，{outcome.Value!.Offered} 家企业待确认" : Message(outcome));
            })
            .RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
    }

    private static string Message<T>(Outcome<T> o) => FormReturn.Message(o);

    private static IResult Back(string? back, bool ok, string note) => FormReturn.Back(back, ok, note, "/policies/mine");
}
