using Yiwang.Web.Features.Licences;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// The licence types of the demo's 电子证照库, named as the items' 办理结果 name them, with the form
/// fields each records (labels as printed on the licence). Validity periods are the usual ones.
/// </summary>
internal static class DemoLicenceTypes
{
    public static IEnumerable<LicenceType> All() =>
    [
        new() { Code = "business-licence", Name = "营业执照", HolderKind = HolderKind.Organisation,
            Fields = new() { ["name"] = "名称", ["form"] = "类型", ["capital"] = "注册资本（万元）", ["address"] = "住所（经营场所）", ["scope"] = "经营范围" } },
        new() { Code = "food-business-licence", Name = "食品经营许可证", HolderKind = HolderKind.Organisation, ValidityYears = 5,
            Fields = new() { ["operator_name"] = "经营者名称", ["address"] = "经营场所", ["category"] = "主体业态", ["items"] = "经营项目" } },
        new() { Code = "resident-id", Name = "居民身份证", HolderKind = HolderKind.Person, ValidityYears = 20 },
        new() { Code = "household-register", Name = "居民户口簿", HolderKind = HolderKind.Person },
        new() { Code = "real-estate", Name = "不动产权证书", HolderKind = HolderKind.Person },
        new() { Code = "marriage", Name = "结婚证", HolderKind = HolderKind.Person },
        new() { Code = "fire-safety", Name = "公众聚集场所投入使用、营业前消防安全检查合格证", HolderKind = HolderKind.Organisation },
        new() { Code = "social-security-card", Name = "社会保障卡", HolderKind = HolderKind.Person, ValidityYears = 10 },
    ];
}
