namespace Yiwang.Web.Features.DataSharing;

/// <summary>五大库: the shared base libraries of the data-sharing platform.</summary>
/// <remarks>企业经营数据库 (一企一档) comes after them: the facts 惠企政策 are matched on.</remarks>
internal enum BaseLibrary { Population, LegalEntity, Credit, Geospatial, Licence, EnterpriseData }

/// <summary>A field a library shares; personal fields are encrypted at rest and masked on screen.</summary>
internal sealed record LibraryField(string Key, string Label, bool Personal = false);

/// <summary>A base library: its code in URLs and scopes, its name, the department that owns its data, and its fields.</summary>
internal sealed record LibraryInfo(BaseLibrary Library, string Code, string Name, string Owner, IReadOnlyList<LibraryField> Fields)
{
    public LibraryField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

internal static class BaseLibraries
{
    public static readonly IReadOnlyList<LibraryInfo> All =
    [
        new(BaseLibrary.Population, "population", "人口库", "市公安局",
        [
            new("name", "姓名"), new("idNumber", "身份证号码", true), new("gender", "性别"), new("birthDate", "出生日期"), new("ethnicity", "民族"),
            new("address", "户籍地址", true), new("phone", "手机号码", true), new("divisionCode", "户籍地区划代码"),
        ]),
        new(BaseLibrary.LegalEntity, "legal-entity", "法人库", "市市场监管局",
        [
            new("creditCode", "统一社会信用代码"), new("name", "名称"), new("kind", "类型"), new("legalRepresentative", "法定代表人"),
            new("legalRepresentativeIdNumber", "法定代表人身份证号码", true), new("address", "住所"),
            new("capital", "注册资本（万元）"), new("establishedOn", "成立日期"), new("status", "登记状态"), new("authority", "登记机关"), new("divisionCode", "所在地区划代码"),
        ]),
        new(BaseLibrary.Credit, "credit", "信用库", "市发展改革委",
        [
            new("subjectName", "主体名称"), new("subjectId", "证件号码", true), new("list", "名单类别"), new("reason", "事由"),
            new("decidedBy", "认定部门"), new("decidedOn", "认定日期"), new("validUntil", "有效期至"), new("source", "来源"),
        ]),
        new(BaseLibrary.Geospatial, "geospatial", "地理空间库", "市自然资源和规划局",
        [
            new("address", "标准地址"), new("divisionCode", "行政区划代码"), new("longitude", "经度"), new("latitude", "纬度"),
        ]),
        new(BaseLibrary.Licence, "licence", "电子证照库", "市政务服务中心",
        [
            new("number", "证照编号"), new("type", "证照类型"), new("holderName", "持证主体"), new("holderId", "持证主体证件号码", true),
            new("issuer", "发证机关"), new("issuedOn", "发证日期"), new("validUntil", "有效期至"), new("status", "状态"),
        ]),
        new(BaseLibrary.EnterpriseData, "enterprise-data", "企业经营数据库", "市工业和信息化局",
        [
            new("creditCode", "统一社会信用代码"), new("year", "年度"), new("industryCode", "行业代码"), new("employees", "从业人数"), new("revenue", "营业收入（万元）"),
            new("taxPaid", "纳税额（万元）"), new("rdSpend", "研发投入（万元）"), new("highTech", "高新技术企业"), new("specialized", "专精特新企业"),
        ]),
    ];

    public static LibraryInfo Info(this BaseLibrary library) => All[(int)library];

    public static LibraryInfo? Find(string? code) => All.FirstOrDefault(l => l.Code == code);
}
