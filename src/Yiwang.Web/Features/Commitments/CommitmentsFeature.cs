using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Commitments;

internal static class CommitmentsFeature
{
    public static IServiceCollection AddCommitments(this IServiceCollection services) =>
        services.AddScoped<Sign.CommitmentSigning>().AddScoped<Cases.Submit.ICommitmentLetters>(sp => sp.GetRequiredService<Sign.CommitmentSigning>())
            .AddScoped<Cases.Materials.IMaterialDocuments, Sign.LetterDocuments>().AddScoped<PostCheck.PostChecksHandler>().AddEventHandler<CommitmentFollowUp>();

    public static void MapCommitments(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        var checks = api.MapGroup("/post-checks").WithTags("Commitments").RequireAuthorization();
        checks.MapGet("", async (bool? all, PostCheck.PostChecksHandler h, HttpContext http, CancellationToken ct) => (await h.ChecksAsync(http.User, all ?? false, ct)).ToHttp())
            .WithName("PostChecks").WithSummary("事后核查任务：以告知承诺审批的办件，审批部门在期限内核查承诺是否属实（all=true 含已核查）");
        checks.MapPost("/{id:long}", async (long id, PostCheck.PostCheckRequest r, PostCheck.PostChecksHandler h, HttpContext http, CancellationToken ct) => (await h.CheckAsync(id, r, http.User, ct)).ToHttp())
            .WithName("CompletePostCheck").WithSummary("登记核查结论：不实的记入信用库失信记录，可同时撤销准予决定及其证照");
    }
}
