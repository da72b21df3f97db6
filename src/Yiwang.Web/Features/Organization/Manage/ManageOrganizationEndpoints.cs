using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Organization.Manage;

internal static class ManageOrganizationEndpoints
{
    public static void MapManageOrganization(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("").RequireAuthorization(Policy.PlatformAdmin);
        admin.MapPost("/divisions", async (CreateDivisionRequest r, ManageOrganizationHandler h, HttpContext http, CancellationToken ct) =>
            (await h.CreateDivisionAsync(r, http.User, ct)).ToHttp(d => TypedResults.Created($"/api/v1/divisions/{d.Code}", d)))
            .WithSummary("新增行政区划（系统管理员）");
        admin.MapPost("/departments", async (CreateDepartmentRequest r, ManageOrganizationHandler h, HttpContext http, CancellationToken ct) =>
            (await h.CreateDepartmentAsync(r, http.User, ct)).ToHttp(d => TypedResults.Created($"/api/v1/departments/{d.Id}", d)))
            .WithSummary("新增部门（系统管理员）");
        admin.MapPost("/halls", async (CreateHallRequest r, ManageOrganizationHandler h, HttpContext http, CancellationToken ct) =>
            (await h.CreateHallAsync(r, http.User, ct)).ToHttp(x => TypedResults.Created($"/api/v1/halls/{x.Id}", x)))
            .WithSummary("新增大厅（系统管理员）");
        admin.MapPost("/halls/{hallId:int}/windows", async (int hallId, CreateWindowRequest r, ManageOrganizationHandler h, HttpContext http, CancellationToken ct) =>
            (await h.CreateWindowAsync(hallId, r, http.User, ct)).ToHttp(x => TypedResults.Created($"/api/v1/halls/{hallId}", x)))
            .WithSummary("新增窗口（系统管理员）");
    }
}
