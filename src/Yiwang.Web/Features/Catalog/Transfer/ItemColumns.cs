using System.Globalization;

namespace Yiwang.Web.Features.Catalog.Transfer;

/// <summary>
/// The spreadsheet columns of the 事项 sheet: each column writes a guide element as text and reads
/// it back, so export and import cannot drift apart.
/// </summary>
internal sealed record ItemColumn(string Header, Func<CatalogRecord, string> Write, Func<CatalogRecord, string, string?> Read);

internal static class ItemColumns
{
    private const char Sep = '、';

    public static readonly IReadOnlyList<ItemColumn> All =
    [
        new("事项编码", r => r.Code, (r, v) => { r.Code = v; return null; }),
        new("实施部门编码", r => r.DepartmentCode, (r, v) => { r.DepartmentCode = v; return null; }),
        new("事项名称", r => r.Guide.Name, (r, v) => { r.Guide.Name = v; return null; }),
        new("事项类型", r => r.Guide.Type.Label(), (r, v) => Enum(CatalogNames.ItemTypes, v, x => r.Guide.Type = x, "事项类型")),
        new("服务对象", r => Join(r.Guide.Audiences.Select(a => a.Label())), (r, v) => List(CatalogNames.Audiences, v, r.Guide.Audiences, "服务对象")),
        new("主题", r => Join(r.Guide.Themes), (r, v) => { r.Guide.Themes = Split(v); return null; }),
        new("实施主体", r => r.Guide.ImplementingBody, (r, v) => { r.Guide.ImplementingBody = v; return null; }),
        new("行使层级", r => Join(r.Guide.ExerciseLevels.Select(a => a.Label())), (r, v) => List(CatalogNames.ExerciseLevels, v, r.Guide.ExerciseLevels, "行使层级")),
        new("设定依据", r => r.Guide.LegalBasis, (r, v) => { r.Guide.LegalBasis = v; return null; }),
        new("受理条件", r => r.Guide.AcceptanceConditions, (r, v) => { r.Guide.AcceptanceConditions = v; return null; }),
        new("法定时限（工作日）", r => Num(r.Guide.LegalLimitDays), (r, v) => Int(v, x => r.Guide.LegalLimitDays = x)),
        new("承诺时限（工作日，0为即办）", r => Num(r.Guide.PromisedLimitDays), (r, v) => Int(v, x => r.Guide.PromisedLimitDays = x)),
        new("办件类型", r => r.Guide.CaseKind.Label(), (r, v) => Enum(CatalogNames.CaseKinds, v, x => r.Guide.CaseKind = x, "办件类型")),
        new("是否收费", r => YesNo(r.Guide.IsCharged), (r, v) => Bool(v, x => r.Guide.IsCharged = x)),
        new("收费标准", r => r.Guide.FeeStandard ?? "", (r, v) => { r.Guide.FeeStandard = Opt(v); return null; }),
        new("收费依据", r => r.Guide.FeeBasis ?? "", (r, v) => { r.Guide.FeeBasis = Opt(v); return null; }),
        new("办理地点", r => r.Guide.Location, (r, v) => { r.Guide.Location = v; return null; }),
        new("办理时间", r => r.Guide.OfficeHours, (r, v) => { r.Guide.OfficeHours = v; return null; }),
        new("网办深度（1-4级）", r => Num(r.Guide.OnlineDepthLevel), (r, v) => Int(v, x => r.Guide.OnlineDepthLevel = x)),
        new("网办深度（国家标准）", r => Join(r.Guide.OnlineScopes.Select(a => a.Label())), (r, v) => List(CatalogNames.OnlineScopes, v, r.Guide.OnlineScopes, "网办深度（国家标准）")),
        new("到现场次数（0/1/2为2次及以上）", r => Num(r.Guide.OnsiteVisits), (r, v) => Int(v, x => r.Guide.OnsiteVisits = x)),
        new("到现场原因", r => r.Guide.OnsiteVisitReason ?? "", (r, v) => { r.Guide.OnsiteVisitReason = Opt(v); return null; }),
        new("支持预约", r => YesNo(r.Guide.Appointment), (r, v) => Bool(v, x => r.Guide.Appointment = x)),
        new("快递收件", r => YesNo(r.Guide.PostalApplication), (r, v) => Bool(v, x => r.Guide.PostalApplication = x)),
        new("快递送达", r => YesNo(r.Guide.PostalDelivery), (r, v) => Bool(v, x => r.Guide.PostalDelivery = x)),
        new("自助终端", r => YesNo(r.Guide.SelfServiceTerminal), (r, v) => Bool(v, x => r.Guide.SelfServiceTerminal = x)),
        new("跨域通办", r => YesNo(r.Guide.CrossRegion), (r, v) => Bool(v, x => r.Guide.CrossRegion = x)),
        new("首席审批员当场决定", r => YesNo(r.Guide.ChiefDecidesAtWindow), (r, v) => Bool(v, x => r.Guide.ChiefDecidesAtWindow = x)),
        new("申请须实人认证", r => YesNo(r.Guide.RequiresRealPersonCheck), (r, v) => Bool(v, x => r.Guide.RequiresRealPersonCheck = x)),
        new("办理结果", r => r.Guide.ResultName ?? "", (r, v) => { r.Guide.ResultName = Opt(v); return null; }),
        new("关键词", r => Join(r.Guide.Keywords), (r, v) => { r.Guide.Keywords = Split(v); return null; }),
        new("咨询电话", r => r.Guide.ConsultationPhone, (r, v) => { r.Guide.ConsultationPhone = v; return null; }),
        new("监督投诉电话", r => r.Guide.ComplaintPhone, (r, v) => { r.Guide.ComplaintPhone = v; return null; }),
    ];

    public static string Join(IEnumerable<string> values) => string.Join(Sep, values);
    public static List<string> Split(string v) => [.. v.Split([Sep, ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    public static string Num(int v) => v.ToString(CultureInfo.InvariantCulture);
    public static string YesNo(bool v) => v ? "是" : "否";
    private static string? Opt(string v) => v.Length == 0 ? null : v;

    public static string? Int(string v, Action<int> set)
    {
        if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return $"“{v}”不是整数";
        set(n);
        return null;
    }

    public static string? Bool(string v, Action<bool> set)
    {
        switch (v)
        {
            case "是" or "Y" or "y" or "true" or "1": set(true); return null;
            case "否" or "N" or "n" or "false" or "0" or "": set(false); return null;
            default: return $"“{v}”应为“是”或“否”";
        }
    }

    public static string? Enum<T>(IReadOnlyDictionary<T, string> names, string v, Action<T> set, string what) where T : struct, System.Enum
    {
        if (!CatalogNames.TryParse(names, v, out T x)) return $"{what}“{v}”无效，可选：{Join(names.Values)}";
        set(x);
        return null;
    }

    public static string? List<T>(IReadOnlyDictionary<T, string> names, string v, List<T> target, string what) where T : struct, System.Enum
    {
        target.Clear();
        foreach (var part in Split(v))
        {
            if (!CatalogNames.TryParse(names, part, out T x)) return $"{what}“{part}”无效，可选：{Join(names.Values)}";
            target.Add(x);
        }
        return null;
    }
}
