using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Organization.Browse;
using Yiwang.Web.Features.Organization.Manage;

namespace Yiwang.Web.Features.Organization;

internal static class OrganizationFeature
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddScoped<OrganizationQueries>();
        services.AddScoped<ManageOrganizationHandler>();
        return services;
    }

    public static void MapOrganization(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        api.MapGet("/divisions", async (string? parent, OrganizationQueries q, CancellationToken ct) => TypedResults.Ok(await q.DivisionsAsync(parent, ct)))
            .WithName("ListDivisions").WithSummary("行政区划（可按上级区划筛选）");
        api.MapGet("/departments", async (string? division, OrganizationQueries q, CancellationToken ct) => TypedResults.Ok(await q.DepartmentsAsync(division, ct)))
            .WithName("ListDepartments").WithSummary("部门");
        api.MapGet("/halls", async (string? division, OrganizationQueries q, CancellationToken ct) => TypedResults.Ok(await q.HallsAsync(division, ct)))
            .WithName("ListHalls").WithSummary("政务服务大厅及其窗口");
        api.MapManageOrganization();
    }
}
