using Yiwang.Web.Features.Bundles;
using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Tests.Features.Bundles.Planning;

/// <summary>A 开办餐饮店-like bundle over in-memory items (no database).</summary>
internal static class PlanFixture
{
    public static ServiceGuide Guide(string name, int days, string? result = null, int visits = 0, string? fee = null, params (string Name, bool Required)[] materials) => new()
    {
        Name = name, PromisedLimitDays = days, ResultName = result, OnsiteVisits = visits, IsCharged = fee is not null, FeeStandard = fee,
        Materials = [.. materials.Select(m => new Material { Name = m.Name, Required = m.Required, Forms = [MaterialForm.Original], Condition = m.Required ? null : "委托他人代为办理的", When = m.Required ? null : "agent" })],
    };

    private static ServiceGuide WithFields(ServiceGuide g, params string[] keys)
    {
        g.FormFields = [.. keys.Select(k => new FormField { Key = k, Label = k, Type = k == "capital" ? FormFieldType.Number : FormFieldType.Text })];
        return g;
    }

    public static readonly Dictionary<string, PartItem> Items = new()
    {
        ["SOLE"] = new("SOLE", 1, "市市场监管局", WithFields(Guide("个体工商户设立登记", 0, "营业执照", 0, null, ("个体工商户设立登记申请表", true), ("申请人居民身份证", true), ("经营场所使用证明", true), ("授权委托书", false)), "name")),
        ["CO"] = new("CO", 1, "市市场监管局", WithFields(Guide("企业设立登记", 1, "营业执照", 0, null, ("申请人居民身份证", true), ("公司章程", true)), "capital")),
        ["FOOD"] = new("FOOD", 1, "市市场监管局", WithFields(Guide("食品经营许可", 6, "食品经营许可证", 0, null, ("食品经营许可申请书", true), ("营业执照", true), ("经营场所使用证明", true), ("授权委托书", false)), "operator_name")),
        ["FIRE"] = new("FIRE", 2, "市消防救援支队", Guide("消防安全检查", 5, "合格证", 1, null, ("营业执照", true), ("消防设施检测报告", true))),
        ["SIGN"] = new("SIGN", 3, "市城管局", WithFields(Guide("户外广告审批", 3, "许可决定书", 0, "工本费10元", ("营业执照", true), ("招牌效果图", true)), "size")),
    };

    public static BundleDefinition Definition()
    {
        var d = new BundleDefinition
        {
            Name = "开办餐饮店一件事", LifeCycle = LifeCycle.Enterprise, Stage = "开办",
            Questions =
            [
                new() { Key = "licensed", Text = "是否已取得营业执照？", Kind = QuestionKind.YesNo },
                new() { Key = "entity", Text = "主体类型", Kind = QuestionKind.Choice, Options = ["个体工商户", "企业"] },
                new() { Key = "area", Text = "面积", Kind = QuestionKind.Number },
                new() { Key = "signboard", Text = "是否设置招牌？", Kind = QuestionKind.YesNo },
                new() { Key = "staff", Text = "从业人员人数", Kind = QuestionKind.Number },
                new() { Key = "agent", Text = "是否委托他人？", Kind = QuestionKind.YesNo },
            ],
            Parts =
            [
                new() { Key = "sole", ItemCode = "SOLE", When = "not licensed and entity = 个体工商户" },
                new() { Key = "company", ItemCode = "CO", When = "not licensed and entity = 企业" },
                new() { Key = "food", ItemCode = "FOOD", After = ["sole", "company"] },
                new() { Key = "fire", ItemCode = "FIRE", When = "area >= 300 or (entity = 企业 and staff > 20)", After = ["sole", "company"] },
                new() { Key = "sign", ItemCode = "SIGN", When = "signboard", After = ["sole", "company"] },
            ],
            Fields =
            [
                new() { Key = "shop", Label = "店名", Type = FormFieldType.Text, MapsTo = ["sole.name", "food.operator_name"] },
                new() { Key = "capital", Label = "注册资本", Type = FormFieldType.Number, When = "entity = 企业 and not licensed", MapsTo = ["company.capital"] },
                new() { Key = "sign_size", Label = "招牌尺寸", Type = FormFieldType.Text, MapsTo = ["sign.size"] },
            ],
        };
        d.Materials = BundleMaterials.Merge(d.Parts, Items);
        d.Materials.Add(new BundleMaterial { Key = "health", Name = "从业人员健康证明", Parts = ["food"], When = "staff > 0 and not (entity = 企业 and staff > 50)", Forms = [MaterialForm.Copy] });
        return d;
    }

    public static CompiledBundle Compiled() => new("restaurant", 1, Definition(), Items);

    public static Dictionary<string, string> Answers(string licensed = "否", string entity = "个体工商户", string area = "100", string signboard = "否", string staff = "3", string agent = "否") =>
        new() { ["licensed"] = licensed, ["entity"] = entity, ["area"] = area, ["signboard"] = signboard, ["staff"] = staff, ["agent"] = agent };

    public static PlanView Plan(Dictionary<string, string> answers)
    {
        var b = Compiled();
        var values = b.Questionnaire.Bind(answers, out var errors);
        Assert.Empty(errors);
        return b.Plan(values).View();
    }
}
