using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ClosedXML.Excel;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.GetItem;
using Yiwang.Web.Features.Catalog.Transfer;

namespace Yiwang.Tests.Features.Catalog.Transfer;

public class ImportExportTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private async Task<int> ItemCount() => await app.WithDbAsync(db => Task.FromResult(db.ServiceItems.Count()));

    private async Task<CatalogFile> ExportMarketAsync(HttpClient client)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(await client.GetStringAsync("/api/v1/catalog/export"), Json.Options)!;
        file.Items = file.Items.Where(i => i.DepartmentCode == "430800021").ToList(); // 市市场监管局
        return file;
    }

    [Fact]
    public async Task Json_import_with_one_bad_row_imports_nothing_and_names_row_and_field()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var file = await ExportMarketAsync(admin);
        Assert.True(file.Items.Count >= 5);
        var before = await ItemCount();
        file.Items[0].Code = "430800-XK-8001";
        file.Items[0].Guide.Name = "新导入事项甲";
        file.Items[2].Guide.Name = "";                  // row 3: missing required element
        file.Items[3].DepartmentCode = "NO-DEPT";       // row 4: unknown department
        var bytes = JsonSerializer.SerializeToUtf8Bytes(file, Json.Options);
        var p = await Problem.ReadAsync(await admin.PostAsync("/api/v1/catalog/import", Upload(bytes, "catalog.json")), HttpStatusCode.BadRequest);
        Assert.Contains("第3条.name", p.Errors.Keys);
        Assert.Contains("第4条.实施部门编码", p.Errors.Keys);
        Assert.Contains("未导入任何事项", p.Title);
        Assert.Equal(before, await ItemCount());

        file.Items[2].Guide.Name = "恢复的名称";
        file.Items[3].DepartmentCode = "430800021";
        var ok = await (await admin.PostAsync("/api/v1/catalog/import?publish=true", Upload(JsonSerializer.SerializeToUtf8Bytes(file, Json.Options), "catalog.json"))).ReadAsync<ImportResult>();
        Assert.Equal(1, ok.Created);
        Assert.Equal(file.Items.Count - 1, ok.Updated);
        var created = await (await app.ClientAsync()).GetAsync("/api/v1/items/430800-XK-8001");
        Assert.Equal("新导入事项甲", (await created.ReadAsync<ItemGuideView>()).Guide.Name);
    }

    [Fact]
    public async Task Xlsx_round_trips_and_reports_errors_by_sheet_row_and_column()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var bytes = await admin.GetByteArrayAsync("/api/v1/catalog/export?format=xlsx");
        using var wb = new XLWorkbook(new MemoryStream(bytes));
        var items = wb.Worksheet("事项");
        Assert.Equal("事项编码", items.Cell(1, 1).GetString());
        // keep only market-supervision rows, then break one cell in each of two sheets
        foreach (var row in items.RowsUsed().Where(r => r.RowNumber() > 1 && r.Cell(2).GetString() != "430800021").Reverse()) row.Delete();
        foreach (var name in ListSheets.All.Select(s => s.Name))
        {
            var codes = items.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToHashSet();
            foreach (var row in wb.Worksheet(name).RowsUsed().Where(r => r.RowNumber() > 1 && !codes.Contains(r.Cell(1).GetString())).Reverse()) row.Delete();
        }
        items.Cell(3, 4).SetValue("许可"); // 事项类型 invalid
        wb.Worksheet("申请材料").Cell(2, 7).SetValue("随便"); // 材料来源 invalid
        using var broken = new MemoryStream();
        wb.SaveAs(broken);
        var before = await ItemCount();
        var p = await Problem.ReadAsync(await admin.PostAsync("/api/v1/catalog/import", Upload(broken.ToArray(), "目录.xlsx")), HttpStatusCode.BadRequest);
        Assert.Contains("事项!第3行.事项类型", p.Errors.Keys);
        Assert.Contains("申请材料!第2行.材料来源", p.Errors.Keys);
        Assert.Equal(before, await ItemCount());

        items.Cell(3, 4).SetValue("行政许可");
        wb.Worksheet("申请材料").Cell(2, 7).SetValue("电子证照");
        using var fixedFile = new MemoryStream();
        wb.SaveAs(fixedFile);
        var ok = await (await admin.PostAsync("/api/v1/catalog/import", Upload(fixedFile.ToArray(), "目录.xlsx"))).ReadAsync<ImportResult>();
        Assert.True(ok.Updated >= 5);
        Assert.False(ok.Published);
    }

    [Fact]
    public async Task Malformed_and_foreign_files_are_refused_without_writing()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var before = await ItemCount();
        var notXlsx = await Problem.ReadAsync(await admin.PostAsync("/api/v1/catalog/import", Upload("PK garbage"u8.ToArray(), "x.xlsx")), HttpStatusCode.BadRequest);
        Assert.Contains("有效的 .xlsx", notXlsx.Errors.Values.SelectMany(v => v).Single());
        var badJson = await Problem.ReadAsync(await admin.PostAsync("/api/v1/catalog/import", Upload("{\"format\":"u8.ToArray(), "x.json")), HttpStatusCode.BadRequest);
        Assert.Contains("JSON", badJson.Errors.Values.SelectMany(v => v).Single());
        var other = await ExportMarketAsync(admin);
        other.Items = [other.Items[0]];
        other.Items[0].DepartmentCode = "430800005"; // 市公安局: not this admin's department
        var foreign = await Problem.ReadAsync(await admin.PostAsync("/api/v1/catalog/import", Upload(JsonSerializer.SerializeToUtf8Bytes(other, Json.Options), "x.json")), HttpStatusCode.BadRequest);
        Assert.Contains("无权", foreign.Errors["第1条.实施部门编码"][0]);
        await Problem.ReadAsync(await admin.PostAsync("/api/v1/catalog/import", new MultipartFormDataContent()), HttpStatusCode.BadRequest);
        Assert.Equal(before, await ItemCount());
    }

    [Theory]
    [InlineData("licensing", ItemType.AdministrativeLicensing)]
    [InlineData("public-services", ItemType.PublicService)]
    public async Task Lists_are_views_of_the_catalog_exported_to_xlsx(string list, ItemType type)
    {
        var client = await app.ClientAsync();
        var json = JsonSerializer.Deserialize<CatalogFile>(await client.GetStringAsync($"/api/v1/catalog/lists/{list}"), Json.Options)!;
        Assert.NotEmpty(json.Items);
        Assert.All(json.Items, i => Assert.Equal(type, i.Guide.Type));
        var response = await client.GetAsync($"/api/v1/catalog/lists/{list}?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var wb = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(json.Items.Count, wb.Worksheet("事项").RowsUsed().Count() - 1);
    }

    [Fact]
    public async Task Intermediary_and_power_lists_and_unknown_list()
    {
        var client = await app.ClientAsync();
        var intermediary = JsonSerializer.Deserialize<CatalogFile>(await client.GetStringAsync("/api/v1/catalog/lists/intermediary"), Json.Options)!;
        Assert.Contains(intermediary.Items, i => i.Guide.Name == "建设项目环境影响评价文件审批");
        var powers = JsonSerializer.Deserialize<CatalogFile>(await client.GetStringAsync("/api/v1/catalog/lists/powers"), Json.Options)!;
        Assert.DoesNotContain(powers.Items, i => i.Guide.Type == ItemType.PublicService);
        await Problem.ReadAsync(await client.GetAsync("/api/v1/catalog/lists/nope"), HttpStatusCode.NotFound);
    }
}
