using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.DataSharing;
using Yiwang.Web.Features.DataSharing.AccessLog;
using Yiwang.Web.Features.DataSharing.Clients;
using Yiwang.Web.Features.DataSharing.Share;

namespace Yiwang.Tests.Features.DataSharing;

/// <summary>数据共享接口: department systems read only their scopes; every request, refused ones too, is in the access log the data owner searches.</summary>
public class ShareApiTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private async Task<HttpClient> SystemAsync(string? key = DemoLibraries.HousingFundKey)
    {
        var client = await app.ClientAsync();
        if (key is not null) client.DefaultRequestHeaders.Add(ApiClient.KeyHeader, key);
        return client;
    }

    private Task<List<DataAccess>> LogAsync() => app.WithDbAsync(db => db.DataAccesses.AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task A_client_reads_only_its_fields_and_every_request_is_audited()
    {
        var system = await SystemAsync();
        var id = DemoData.CitizenIdNumber;
        var read = await (await system.GetAsync($"/api/v1/share/population/{id}?fields=name,address&purpose=公积金提取审核&caseNumber=GJJ-2026-0001")).ReadAsync<SharedRecords>();
        var person = Assert.Single(read.Records);
        Assert.Equal(["address", "name"], person.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("张三", "张家界市永定区南庄坪街道南庄坪社区解放路88号"), (person["name"], person["address"]));
        var granted = (await LogAsync()).Last();
        Assert.Equal((AccessResult.Granted, BaseLibrary.Population, "住房公积金业务系统", "name,address", "公积金提取审核", "GJJ-2026-0001"),
            (granted.Result, granted.Library, granted.Accessor, granted.Fields, granted.Purpose, granted.CaseNumber));
        Assert.DoesNotContain(id, granted.Subject);

        // Without fields: everything its scope allows of the library, and nothing else.
        var all = await (await system.GetAsync($"/api/v1/share/population/{id}?purpose=公积金提取审核")).ReadAsync<SharedRecords>();
        Assert.Equal(["address", "idNumber", "name"], all.Fields.Order(StringComparer.Ordinal));

        // A field outside the scope, and a library outside it: 403, and on record.
        var count = (await LogAsync()).Count;
        await Problem.ReadAsync(await system.GetAsync($"/api/v1/share/population/{id}?fields=name,phone&purpose=公积金提取审核"), HttpStatusCode.Forbidden);
        await Problem.ReadAsync(await system.GetAsync($"/api/v1/share/legal-entities/{DemoData.EnterpriseCreditCode}?purpose=核对单位信息"), HttpStatusCode.Forbidden);
        var denied = (await LogAsync()).Skip(count).ToList();
        Assert.Equal([AccessResult.Denied, AccessResult.Denied], denied.Select(d => d.Result));
        Assert.Equal("name,phone", denied[0].Fields);
        Assert.Equal(granted.SubjectIndex, denied[0].SubjectIndex); // a refused read is found by the person's number too
        Assert.Equal(BaseLibrary.LegalEntity, denied[1].Library);

        // No key: 401; a purpose is required (400 naming it); an unknown field is named.
        await Problem.ReadAsync(await (await SystemAsync(null)).GetAsync($"/api/v1/share/population/{id}?purpose=x"), HttpStatusCode.Unauthorized);
        await Problem.ReadAsync(await (await SystemAsync("ywk_wrong")).GetAsync($"/api/v1/share/population/{id}?purpose=xx"), HttpStatusCode.Unauthorized);
        Assert.Contains("purpose", (await Problem.ReadAsync(await system.GetAsync($"/api/v1/share/population/{id}"), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("fields", (await Problem.ReadAsync(await system.GetAsync($"/api/v1/share/population/{id}?fields=salary&purpose=核对"), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("key", (await Problem.ReadAsync(await system.GetAsync("/api/v1/share/population/123?purpose=核对"), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await system.GetAsync($"/api/v1/share/population/{DemoData.WithCheckDigit("11010119800101001")}?purpose=核对")).StatusCode);
        var tail = (await LogAsync()).TakeLast(6).Select(a => a.Result).ToList();
        Assert.Equal([AccessResult.Unauthenticated, AccessResult.Unauthenticated, AccessResult.Invalid, AccessResult.Invalid, AccessResult.Invalid, AccessResult.NotFound], tail);

        // The credit library by ID number: found through the keyed hash.
        var credit = await (await system.GetAsync($"/api/v1/share/credit/{DemoData.WithCheckDigit("43081119830725007")}?purpose=贷款资格审查")).ReadAsync<SharedRecords>();
        Assert.Equal("失信记录", Assert.Single(credit.Records)["list"]);

        // The holder sees who read their record, for what.
        var uses = await (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/licences/mine/uses")).ReadAsync<List<DataUse>>();
        Assert.Contains(uses, u => u.Record.StartsWith("人口库", StringComparison.Ordinal) && u.By.Contains("住房公积金业务系统") && u.Detail!.Contains("GJJ-2026-0001"));
    }

    [Fact]
    public async Task The_data_owner_searches_and_exports_the_access_log()
    {
        var system = await SystemAsync();
        await system.GetAsync($"/api/v1/share/population/{DemoData.CitizenIdNumber}?fields=name&purpose=公积金缴存登记");
        await system.GetAsync($"/api/v1/share/legal-entities/{DemoData.EnterpriseCreditCode}?purpose=核对单位");

        // 市公安局 owns the 人口库: its admin finds the read by the person's ID number (matched by keyed hash).
        var police = await app.ClientAsync("ga-admin");
        var found = await (await police.GetAsync($"/api/v1/data-sharing/access-log?subject={DemoData.CitizenIdNumber}")).ReadAsync<AccessLogResult>();
        Assert.Contains(found.Rows, r => r.Library == "人口库" && r.Purpose == "公积金缴存登记" && r.Fields == "姓名");
        Assert.All(found.Rows, r => Assert.Equal("人口库", r.Library));
        // …but not another owner's library.
        await Problem.ReadAsync(await police.GetAsync("/api/v1/data-sharing/access-log?library=legal-entity"), HttpStatusCode.Forbidden);
        var market = await (await (await app.ClientAsync("scjg-admin")).GetAsync("/api/v1/data-sharing/access-log")).ReadAsync<AccessLogResult>();
        Assert.Contains(market.Rows, r => r.Library == "法人库" && r.Result == "越权拒绝");
        Assert.DoesNotContain(market.Rows, r => r.Library == "人口库");
        await Problem.ReadAsync(await (await app.ClientAsync("approver")).GetAsync("/api/v1/data-sharing/access-log"), HttpStatusCode.Forbidden);

        var export = await police.GetAsync("/api/v1/data-sharing/access-log/export?library=population");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var wb = new ClosedXML.Excel.XLWorkbook(await export.Content.ReadAsStreamAsync());
        Assert.Contains(wb.Worksheet(1).RowsUsed(), r => r.Cell(8).GetString() == "公积金缴存登记");
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "data-access.export" && a.Actor == "ga-admin")));
        Assert.Contains("公积金缴存登记", await police.GetStringAsync($"/staff/data-sharing/access-log?subject={DemoData.CitizenIdNumber}"));
    }

    [Fact]
    public async Task The_platform_admin_grants_a_system_fields_and_its_key_works_only_for_them()
    {
        var admin = await app.ClientAsync("admin");
        var departmentId = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "市自然资源和规划局").Select(d => d.Id).SingleAsync());
        var bad = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/data-sharing/clients", new
        {
            name = "不动产登记系统", departmentId, scopes = new object[] { new { library = "legal-entity", fields = new[] { "name", "salary" } }, new { library = "weather", fields = new[] { "*" } } },
        }), HttpStatusCode.BadRequest);
        Assert.Contains("scopes[0].fields", bad.Errors.Keys);
        Assert.Contains("scopes[1].library", bad.Errors.Keys);

        var created = await (await admin.PostJsonAsync("/api/v1/data-sharing/clients", new
        {
            name = "不动产登记系统", departmentId, scopes = new object[] { new { library = "legal-entity", fields = new[] { "name", "legalRepresentative" } }, new { library = "geospatial", fields = new[] { "*" } } },
        })).ReadAsync<ApiClientView>();
        Assert.StartsWith("ywk_", created.Key);
        Assert.DoesNotContain(created.Key!, await admin.GetStringAsync("/api/v1/data-sharing/clients"));
        Assert.False(await app.WithDbAsync(db => db.ApiClients.AnyAsync(c => c.KeyHash == created.Key)));

        var system = await SystemAsync(created.Key);
        var entity = await (await system.GetAsync($"/api/v1/share/legal-entities/{DemoData.EnterpriseCreditCode}?purpose=不动产登记申请人核验")).ReadAsync<SharedRecords>();
        Assert.Equal(("张家界天门山旅游服务有限公司", "李四"), (entity.Records[0]["name"], entity.Records[0]["legalRepresentative"]));
        Assert.False(entity.Records[0].ContainsKey("address"));
        var places = await (await system.GetAsync($"/api/v1/share/geospatial/{Uri.EscapeDataString("永定区")}?purpose=坐落核对")).ReadAsync<SharedRecords>();
        Assert.True(places.Records.Count >= 3);
        Assert.All(places.Records, r => Assert.StartsWith("4308", r["divisionCode"]));
        await Problem.ReadAsync(await system.GetAsync($"/api/v1/share/population/{DemoData.CitizenIdNumber}?purpose=核对"), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/data-sharing/clients/{created.Id}/disable", null)).StatusCode);
        await Problem.ReadAsync(await system.GetAsync($"/api/v1/share/legal-entities/{DemoData.EnterpriseCreditCode}?purpose=核对"), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("scjg-admin")).GetAsync("/api/v1/data-sharing/clients")).StatusCode);
    }

    [Fact]
    public async Task Personal_fields_are_encrypted_at_rest_and_found_by_keyed_hash()
    {
        var raw = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"""SELECT "IdNumber" AS "Value" FROM "PersonRecords" """).ToListAsync());
        Assert.All(raw, v => Assert.StartsWith("sm4:", v));
        Assert.DoesNotContain(raw, v => v.Contains(DemoData.CitizenIdNumber));
        var phones = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"""SELECT "Phone" AS "Value" FROM "PersonRecords" WHERE "Phone" IS NOT NULL""").ToListAsync());
        Assert.All(phones, v => Assert.StartsWith("sm4:", v));
        var credit = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"""SELECT "SubjectId" AS "Value" FROM "CreditRecords" """).ToListAsync());
        Assert.All(credit, v => Assert.StartsWith("sm4:", v));
    }

    [Fact]
    public async Task An_enterprise_form_is_prefilled_from_the_legal_person_library_and_the_read_is_logged()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var c = await (await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence, submit = false })).ReadAsync<Yiwang.Web.Features.Cases.CaseSummary>();
        var form = await app.WithDbAsync(db => db.Cases.Where(x => x.Number == c.Number).Select(x => x.FormData).SingleAsync());
        Assert.Equal(("张家界天门山旅游服务有限公司", "李四", "张家界市永定区官黎坪街道天门路1号"), (form["operator_name"], form["legal_representative"], form["address"]));
        var read = (await LogAsync()).Last(a => a.Library == BaseLibrary.LegalEntity && a.Accessor == "enterprise");
        Assert.Equal((AccessorKind.Applicant, AccessResult.Granted), (read.AccessorKind, read.Result));
        Assert.Contains("食品经营许可", read.Purpose);
        Assert.Equal("name,legalRepresentative,address", read.Fields);
        Assert.Equal(c.Number, read.CaseNumber); // committed with the case it filled
    }
}
