using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Policies.Apply;

/// <summary>
/// 快申快享 as ordinary cases: each clause paid out on application has a service item of its paying
/// department (惠企政策兑现), whose promised limit is the clause's, so working days, 红黄牌, 好差评 and the
/// dashboard treat it like any other case. Written when the policy is published.
/// </summary>
internal static class PolicyItems
{
    public static string CodeOf(string policyCode, string clauseKey) => $"HQ-{policyCode}-{clauseKey}" is var c && c.Length <= 64 ? c : c[..64];

    public static bool Applied(PolicyClause c) => c.Mode is RedemptionMode.FastApplication or RedemptionMode.InstantApproval;

    public static ServiceGuide GuideFor(string policyCode, PolicyDocument d, PolicyClause c, string department) => new()
    {
        Name = $"{c.Title}（惠企政策兑现）",
        Type = c.Benefit == BenefitKind.Reward ? ItemType.AdministrativeReward : ItemType.AdministrativePayment,
        Audiences = [Audience.LegalPerson],
        Themes = ["惠企政策"],
        ImplementingBody = department,
        ExerciseLevels = [ExerciseLevel.City],
        LegalBasis = $"《{d.Title}》（{d.DocumentNumber}）",
        AcceptanceConditions = c.Conditions + $"（申报时平台按本单位基础库数据自动预审：/policies/{policyCode}#clause-{c.Key}）",
        // 免证办: the firm's business licence is drawn from the 电子证照库 with its consent; the clause's own materials follow.
        Materials = [new Material { Name = "营业执照", Required = true, Source = MaterialSource.ElectronicLicence, Note = "申报时经企业授权从电子证照库调取，免于提交" },
            .. c.Materials.Where(m => m != "营业执照").Select(m => new Material
            {
                Name = m, Required = false, Source = MaterialSource.Applicant,
                Note = m.Contains("自动生成", StringComparison.Ordinal) ? "平台根据企业数据自动生成，无需上传" : "可在申报后补充",
            })],
        Steps = [new ProcedureStep { Name = "受理", Days = 1 }, new ProcedureStep { Name = "审核", Days = Math.Max(1, c.PromisedDays - 2) }, new ProcedureStep { Name = "兑现决定", Days = 1 }],
        LegalLimitDays = c.LegalDays,
        PromisedLimitDays = c.PromisedDays,
        CaseKind = CaseKind.Promised,
        Location = "张家界市政务服务中心惠企政策兑现专窗",
        OfficeHours = "工作日 9:00–12:00，13:30–17:00",
        OnlineDepthLevel = 4,
        OnlineScopes = [OnlineScope.Consultation, OnlineScope.Submission, OnlineScope.PreReview, OnlineScope.Acceptance, OnlineScope.Handling, OnlineScope.ResultFeedback],
        OnsiteVisits = 0,
        PostalDelivery = false,
        ResultName = "惠企政策兑现决定",
        Keywords = ["惠企政策", "快申快享", c.Title],
        FormFields =
        [
            new FormField { Key = "amount", Label = "申请金额（元）", Type = FormFieldType.Number, Required = true },
            new FormField { Key = "basis", Label = "符合条件说明（平台预审依据）", Type = FormFieldType.Text, Required = false, MaxLength = 2000 },
        ],
        ConsultationPhone = "12345",
        ComplaintPhone = "12345",
    };

    /// <summary>Writes (and publishes) the item of each clause paid on application, when it is new or its content changed.</summary>
    public static async Task EnsureAsync(YiwangDb db, string policyCode, PolicyDocument d, string author, DateTimeOffset now, CancellationToken ct)
    {
        var names = await db.Departments.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        foreach (var c in d.Clauses.Where(Applied))
        {
            var code = CodeOf(policyCode, c.Key);
            var guide = GuideFor(policyCode, d, c, names.GetValueOrDefault(c.DepartmentId, ""));
            var item = await db.ServiceItems.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Code == code, ct);
            if (item is null) db.ServiceItems.Add(item = ServiceItem.Create(code, c.DepartmentId, guide, author, now));
            else if (System.Text.Json.JsonSerializer.Serialize(item.Current?.Guide) == System.Text.Json.JsonSerializer.Serialize(guide)) continue;
            else item.SaveDraft(guide, author, now);
            item.Publish(author, now);
        }
    }
}
