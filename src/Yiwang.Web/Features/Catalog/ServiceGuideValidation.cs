namespace Yiwang.Web.Features.Catalog;

/// <summary>
/// Field-level checks that make a guide storable at all (a draft may still break a publishing rule
/// of <see cref="CatalogRules"/>). Keys are the JSON field paths, messages are Chinese.
/// </summary>
internal static class ServiceGuideValidation
{
    public static Dictionary<string, string[]> Validate(ServiceGuide g)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(g.Name)) Add("name", "请填写事项名称");
        else if (g.Name.Length > 200) Add("name", "事项名称不得超过200字");
        if (!Enum.IsDefined(g.Type)) Add("type", "事项类型无效");
        if (!Enum.IsDefined(g.CaseKind)) Add("caseKind", "办件类型无效");
        if (g.Audiences.Count == 0) Add("audiences", "请选择服务对象（个人或法人）");
        if (string.IsNullOrWhiteSpace(g.ImplementingBody)) Add("implementingBody", "请填写实施主体");
        if (g.ExerciseLevels.Count == 0) Add("exerciseLevels", "请选择行使层级");
        if (string.IsNullOrWhiteSpace(g.LegalBasis)) Add("legalBasis", "请填写设定依据");
        if (string.IsNullOrWhiteSpace(g.AcceptanceConditions)) Add("acceptanceConditions", "请填写受理条件");
        if (g.LegalLimitDays is < 0 or > 3650) Add("legalLimitDays", "法定时限应为0至3650个工作日");
        if (g.PromisedLimitDays is < 0 or > 3650) Add("promisedLimitDays", "承诺时限应为0至3650个工作日");
        var t = g.TimeRules ?? new TimeRules();
        if (t.ExtensionDays is < 0 or > 60) Add("timeRules.extensionDays", "延期应为0至60个工作日");
        else if (t.ExtensionDays > 0 && string.IsNullOrWhiteSpace(t.ExtensionBasis)) Add("timeRules.extensionBasis", "设定延期须写明依据（如《行政许可法》第四十二条）");
        if (t.SupplementDays is < 1 or > 180) Add("timeRules.supplementDays", "补正期限应为1至180天");
        for (var i = 0; i < t.SuspensionLimits.Count; i++)
        {
            var l = t.SuspensionLimits[i];
            if (!Enum.IsDefined(l.Kind)) Add($"timeRules.suspensionLimits[{i}].kind", "特别程序种类无效");
            else if (t.SuspensionLimits.Take(i).Any(x => x.Kind == l.Kind)) Add($"timeRules.suspensionLimits[{i}].kind", "同一特别程序只能设定一次");
            if (l.MaxDays is < 1 or > 365) Add($"timeRules.suspensionLimits[{i}].maxDays", "特别程序最长期限应为1至365天");
            if (string.IsNullOrWhiteSpace(l.Basis)) Add($"timeRules.suspensionLimits[{i}].basis", "请写明特别程序期限的依据");
        }
        if (g.OnlineDepthLevel is < 1 or > 4) Add("onlineDepthLevel", "网办深度应为1至4级");
        if (g.OnsiteVisits is < 0 or > 2) Add("onsiteVisits", "到现场次数应为0、1或2（2次及以上）");
        if (string.IsNullOrWhiteSpace(g.Location)) Add("location", "请填写办理地点");
        if (string.IsNullOrWhiteSpace(g.OfficeHours)) Add("officeHours", "请填写办理时间");
        if (string.IsNullOrWhiteSpace(g.ConsultationPhone)) Add("consultationPhone", "请填写咨询电话");
        if (string.IsNullOrWhiteSpace(g.ComplaintPhone)) Add("complaintPhone", "请填写监督投诉电话");
        for (var i = 0; i < g.Materials.Count; i++)
        {
            var m = g.Materials[i];
            if (string.IsNullOrWhiteSpace(m.Name)) Add($"materials[{i}].name", "请填写材料名称");
            if (m.Copies is < 0 or > 100) Add($"materials[{i}].copies", "份数应为0至100");
            if (!m.Required && string.IsNullOrWhiteSpace(m.Condition)) Add($"materials[{i}].condition", "非必要材料须写明在何种情形下提交");
        }
        for (var i = 0; i < g.Steps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(g.Steps[i].Name)) Add($"steps[{i}].name", "请填写环节名称");
            if (g.Steps[i].Days is < 0 or > 3650) Add($"steps[{i}].days", "环节时限应为0至3650个工作日");
        }
        for (var i = 0; i < g.FormFields.Count; i++)
        {
            var f = g.FormFields[i];
            if (string.IsNullOrWhiteSpace(f.Key) || !f.Key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) Add($"formFields[{i}].key", "字段标识只能包含字母、数字和下划线");
            else if (g.FormFields.Take(i).Any(x => x.Key == f.Key)) Add($"formFields[{i}].key", $"字段标识“{f.Key}”重复");
            if (string.IsNullOrWhiteSpace(f.Label)) Add($"formFields[{i}].label", "请填写字段名称");
            if (f.Type == FormFieldType.Choice && f.Options.Count == 0) Add($"formFields[{i}].options", "选项字段须列出可选项");
        }
        Guidance.Questionnaire.Validate(g.Questions, "questions", Add);
        var questionnaire = new Guidance.Questionnaire(g.Questions);
        for (var i = 0; i < g.Materials.Count; i++)
            if (Guidance.Condition.Check(g.Materials[i].When, questionnaire) is { } problem) Add($"materials[{i}].when", problem);
        if (g.InstantApproval is { } instant && Instant.ApplicationFacts.Check(instant, g.FormFields) is { } wrong) Add("instantApproval.rule", "秒批规则：" + wrong);
        for (var i = 0; i < g.Faqs.Count; i++)
            if (string.IsNullOrWhiteSpace(g.Faqs[i].Question) || string.IsNullOrWhiteSpace(g.Faqs[i].Answer))
                Add($"faqs[{i}]", "常见问题须有问有答");
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public static string? ValidateCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return "请填写事项编码";
        if (code.Length is < 4 or > 64) return "事项编码应为4至64位";
        foreach (var c in code)
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_') return "事项编码只能包含字母、数字、“-”和“_”";
        return null;
    }
}
