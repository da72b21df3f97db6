namespace Yiwang.Web.Common.Http;

internal static class ApiRoutes
{
    /// <summary>The versioned API every feature maps its endpoints under (<c>/api/v1</c>).</summary>
    public static RouteGroupBuilder Api(this IEndpointRouteBuilder app) => app.MapGroup("/api/v1").WithTags("Yiwang");
}
