using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.Tests.Features.Organization;

public class ManageOrganizationTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task System_admin_adds_a_village_department_hall_and_window()
    {
        var admin = await app.ClientAsync("admin");
        var village = await admin.PostAsJsonAsync("/api/v1/divisions", new { code = "430802001009", name = "新建社区", parentCode = "430802001000" });
        Assert.Equal(HttpStatusCode.Created, village.StatusCode);
        using (var d = JsonDocument.Parse(await village.Content.ReadAsStringAsync()))
            Assert.Equal("Village", d.RootElement.GetProperty("level").GetString());
        var below = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/divisions", new { code = "430802001009", name = "x", parentCode = "430802001009" }), HttpStatusCode.BadRequest);
        Assert.Contains("parentCode", below.Errors.Keys);

        var dept = await admin.PostAsJsonAsync("/api/v1/departments", new { code = "430802009", name = "永定区医疗保障局", divisionCode = "430802000000", kind = "County" });
        Assert.Equal(HttpStatusCode.Created, dept.StatusCode);
        var hall = await admin.PostAsJsonAsync("/api/v1/halls", new { name = "新建社区便民服务站", kind = "ConvenienceCenter", divisionCode = "430802001009", address = "新建社区", openingHours = "工作日 9:00-17:00" });
        Assert.Equal(HttpStatusCode.Created, hall.StatusCode);
        var hallId = JsonDocument.Parse(await hall.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var window = await admin.PostAsJsonAsync($"/api/v1/halls/{hallId}/windows", new { number = "1", name = "综合窗口", kind = "GeneralAll" });
        Assert.Equal(HttpStatusCode.Created, window.StatusCode);
        var dup = await Problem.ReadAsync(await admin.PostAsJsonAsync($"/api/v1/halls/{hallId}/windows", new { number = "1", name = "又一个", kind = "GeneralAll" }), HttpStatusCode.BadRequest);
        Assert.Contains("number", dup.Errors.Keys);
        var dedicated = await Problem.ReadAsync(await admin.PostAsJsonAsync($"/api/v1/halls/{hallId}/windows", new { number = "2", name = "专窗", kind = "Dedicated" }), HttpStatusCode.BadRequest);
        Assert.Contains("departmentId", dedicated.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/v1/halls/99999/windows", new { number = "1", name = "x", kind = "GeneralAll" })).StatusCode);
    }

    [Fact]
    public async Task Invalid_codes_are_field_errors_and_other_roles_are_forbidden()
    {
        var admin = await app.ClientAsync("admin");
        var p = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/divisions", new { code = "4308", name = "", parentCode = "430800000000" }), HttpStatusCode.BadRequest);
        Assert.Contains("code", p.Errors.Keys);
        Assert.Contains("name", p.Errors.Keys);
        var deptAdmin = await app.ClientAsync("scjg-admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await deptAdmin.PostAsJsonAsync("/api/v1/departments", new { code = "x", name = "x", divisionCode = "430800000000" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await app.ClientAsync()).PostAsJsonAsync("/api/v1/halls", new { name = "x" })).StatusCode);
    }
}
