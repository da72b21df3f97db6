namespace Yiwang.Web.Features.Catalog;

/// <summary>A rule of the item standard that a guide breaks, with the field (JSON path) it concerns.</summary>
internal sealed record RuleViolation(string Rule, string Field, string Message);

/// <summary>
/// The catalog consistency checker: the standard's rules a guide must keep before it is published
/// (shared/reference/norms.md §2.2–2.3, the Zhejiang portal's data-quality rules).
/// </summary>
internal static class CatalogRules
{
    public static IReadOnlyList<RuleViolation> Check(ServiceGuide g)
    {
        var found = new List<RuleViolation>();
        void Add(string rule, string field, string message) => found.Add(new(rule, field, message));

        if (g.PromisedLimitDays == 0 && g.CaseKind != CaseKind.Immediate)
            Add("ImmediateLimitMeansImmediateCase", "caseKind", "承诺时限为即办，办件类型必须为即办件");
        if (g.PromisedLimitDays > 0 && g.CaseKind == CaseKind.Immediate)
            Add("PromisedLimitMeansPromisedCase", "caseKind", "承诺时限非即办，办件类型必须为承诺件");
        if (OnlineDepthNames.IsFullyOnline(g.OnlineDepthLevel) && g.OnsiteVisits > 0)
            Add("FullyOnlineMeansNoVisit", "onsiteVisits", "网办深度为Ⅳ级（全程网办）的事项，到现场次数应为0次");
        if (g.OnsiteVisits == 0 && !OnlineDepthNames.CountsAsOnline(g.OnlineDepthLevel) && !g.PostalApplication)
            Add("NoVisitNeedsOnlineOrPost", "onsiteVisits", "到现场次数为0次的事项须支持网上办理或快递收件");
        if (g.OnsiteVisits > 0 && string.IsNullOrWhiteSpace(g.OnsiteVisitReason))
            Add("VisitNeedsReason", "onsiteVisitReason", "到现场次数非0次的事项须填写到现场原因");
        if (g.IsCharged && string.IsNullOrWhiteSpace(g.FeeBasis))
            Add("FeeNeedsBasis", "feeBasis", "收费事项须填写收费依据");
        if (g.LegalLimitDays > 0 && g.PromisedLimitDays > g.LegalLimitDays)
            Add("PromisedWithinLegal", "promisedLimitDays", $"承诺时限（{g.PromisedLimitDays}个工作日）不得超过法定时限（{g.LegalLimitDays}个工作日）");
        for (var i = 0; i < g.Materials.Count; i++)
            if (g.Materials[i].Required && g.Materials[i].Source is null)
                Add("RequiredMaterialHasSource", $"materials[{i}].source", $"必要材料“{g.Materials[i].Name}”未填写材料来源");
        if (g.CaseKind == CaseKind.Promised && g.Steps.Count > 0 && g.Steps.Sum(s => s.Days) != g.PromisedLimitDays)
            Add("StepDaysSumToPromised", "steps", $"办理环节时限之和（{g.Steps.Sum(s => s.Days)}个工作日）应等于承诺时限（{g.PromisedLimitDays}个工作日）");
        if (g.InstantApproval is not null && !OnlineDepthNames.CountsAsOnline(g.OnlineDepthLevel))
            Add("InstantNeedsOnline", "instantApproval", "设置秒批（智能自动审批）的事项须支持网上申请");
        if (g.InstantApproval is not null && g.Type is not (ItemType.AdministrativeLicensing or ItemType.AdministrativeConfirmation or ItemType.AdministrativePayment or ItemType.AdministrativeReward or ItemType.PublicService or ItemType.OtherAdministrativePower))
            Add("InstantNeedsGrantableItem", "instantApproval", "秒批只适用于依申请作出准予决定的事项（许可、确认、给付、奖励、公共服务等）");
        return found;
    }
}
