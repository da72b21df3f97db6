using Microsoft.AspNetCore.Http.HttpResults;

namespace Yiwang.Web.Common.Http;

/// <summary>Maps a handler's <see cref="Outcome{T}"/> to RFC 7807 problem details.</summary>
internal static class OutcomeResults
{
    public static IResult ToHttp<T>(this Outcome<T> outcome, Func<T, IResult> ok) => outcome.Kind switch
    {
        OutcomeKind.Ok => ok(outcome.Value!),
        OutcomeKind.NotFound => TypedResults.Problem(outcome.Message, statusCode: 404, title: "未找到"),
        OutcomeKind.Forbidden => TypedResults.Problem(outcome.Message, statusCode: 403, title: "无权操作"),
        OutcomeKind.Conflict => TypedResults.Problem(outcome.Message, statusCode: 409, title: "操作冲突"),
        OutcomeKind.Unauthenticated => TypedResults.Problem(outcome.Message, statusCode: 401, title: "未认证"),
        _ => TypedResults.ValidationProblem(outcome.Errors, title: outcome.Message),
    };

    public static IResult ToHttp<T>(this Outcome<T> outcome) => outcome.ToHttp(v => TypedResults.Ok(v));

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "提交的内容有误");
}
