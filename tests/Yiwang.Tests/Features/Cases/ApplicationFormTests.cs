using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Tests.Features.Cases;

/// <summary>企业设立登记 has an application form; 户口迁移 too (demo data).</summary>
public class ApplicationFormTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string Company = "430800-XK-0002";

    [Fact]
    public async Task Answers_are_validated_by_field_type_and_named_in_the_error()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var p = await Problem.ReadAsync(await enterprise.ApplyAsync(new
        {
            itemCode = Company,
            form = new Dictionary<string, string> { ["name"] = "张家界云栈科技有限公司", ["form"] = "无限公司", ["capital"] = "一百", ["address"] = "张家界", ["opening"] = "2026-13-40", ["bogus"] = "x" },
        }), HttpStatusCode.BadRequest);
        Assert.Contains("有限责任公司", p.Errors["form.form"][0]);
        Assert.Equal("注册资本（万元）应为数字", p.Errors["form.capital"][0]);
        Assert.Contains("门牌号", p.Errors["form.address"][0]);
        Assert.Contains("yyyy-MM-dd", p.Errors["form.opening"][0]);
        Assert.Contains("form.bogus", p.Errors.Keys);
        Assert.DoesNotContain("form.representative_id", p.Errors.Keys); // prefilled from the verified profile
    }

    [Fact]
    public async Task Profile_prefills_and_answers_are_encrypted_at_rest()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var c = await (await enterprise.ApplyAsync(new
        {
            itemCode = Company,
            form = new Dictionary<string, string> { ["name"] = "张家界云栈科技有限公司", ["form"] = "有限责任公司", ["capital"] = "100", ["address"] = "张家界市永定区子午路88号" },
        })).ReadAsync<CaseSummary>();
        var view = await (await enterprise.GetAsync($"/api/v1/cases/{c.Number}")).ReadAsync<CaseView>();
        Assert.Equal(DemoData.WithCheckDigit("43080219850612345"), view.FormData["representative_id"]);
        Assert.Equal("13907445678", view.FormData["phone"]);
        var raw = await app.WithDbAsync(async db =>
        {
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT \"FormData\" FROM \"Cases\" WHERE \"Number\" = '{c.Number}'";
            return (string)(await cmd.ExecuteScalarAsync())!;
        });
        Assert.StartsWith("sm4:", raw);
        Assert.DoesNotContain("子午路", raw);
    }

    [Fact]
    public async Task An_incomplete_draft_cannot_be_submitted_until_completed()
    {
        var citizen = await app.ClientAsync("citizen");
        var draft = await (await citizen.ApplyAsync(new { itemCode = "430800-XK-0010", submit = false, form = new Dictionary<string, string> { ["from"] = "张家界市永定区南庄坪街道1号" } })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Draft, draft.Status);
        Assert.Contains("这是草稿", await citizen.GetStringAsync($"/cases/{draft.Number}"));
        var p = await Problem.ReadAsync(await citizen.PostJsonAsync($"/api/v1/cases/{draft.Number}/submit", new { }), HttpStatusCode.Conflict);
        Assert.Contains("申请表尚未填写完整", p.Detail);
        await Problem.ReadAsync(await citizen.ApplyAsync(new { itemCode = "430800-XK-0010", form = new Dictionary<string, string> { ["from"] = "张家界市永定区南庄坪街道1号" } }), HttpStatusCode.BadRequest);
        var full = await (await citizen.ApplyAsync(new
        {
            itemCode = "430800-XK-0010",
            form = new Dictionary<string, string> { ["from"] = "张家界市永定区南庄坪街道1号", ["to"] = "张家界市武陵源区军地坪街道8号", ["reason"] = "购房落户" },
        })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Submitted, full.Status);
        var view = await (await citizen.GetAsync($"/api/v1/cases/{full.Number}")).ReadAsync<CaseView>();
        Assert.Equal("张三", view.FormData["name"]);
    }
}
