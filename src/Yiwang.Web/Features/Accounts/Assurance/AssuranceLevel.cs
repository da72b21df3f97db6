namespace Yiwang.Web.Features.Accounts.Assurance;

/// <summary>
/// 身份认证等级 (网络身份认证): L1 self-declared (browse, save drafts); L2 name and ID number matched
/// against the 人口库 and the phone proven by an SMS code (apply for ordinary items); L3 proven by the
/// identity provider (实人认证) or in person at a window with the original ID card (licences, 免证办,
/// 告知承诺, anything that shows or uses library data). A legal person is L3 once its legal
/// representative has confirmed it, L1 before.
/// </summary>
internal enum AssuranceLevel { L1 = 1, L2 = 2, L3 = 3 }

internal static class AssuranceNames
{
    public static string Label(this AssuranceLevel level) => level switch
    {
        AssuranceLevel.L3 => "L3 实人认证",
        AssuranceLevel.L2 => "L2 实名认证",
        _ => "L1 未实名",
    };

    /// <summary>What the level allows, as its holder reads it.</summary>
    public static string Allows(this AssuranceLevel level) => level switch
    {
        AssuranceLevel.L3 => "可办理全部事项，使用电子证照卡包、免证办、告知承诺制和基础库数据",
        AssuranceLevel.L2 => "可申请一般事项；卡包、免证办、告知承诺制需 L3 实人认证",
        _ => "可浏览和保存草稿；申请事项需 L2 实名认证",
    };

    /// <summary>The refusal a user reads when an action needs a higher level.</summary>
    public static string Needs(AssuranceLevel needed, AccountKind kind) => kind == AccountKind.LegalPerson
        ? "法人账号尚未经法定代表人确认绑定，请法定代表人以本人 L3 实名账号登录后在「账号与安全」中认领本单位"
        : needed == AssuranceLevel.L3
            ? "此操作需 L3 实人认证：请在「账号与安全」中通过统一身份认证核验，或携带身份证原件到任一政务服务窗口核验"
            : "申请事项需 L2 实名认证：请在「账号与安全」中验证手机号并完成人口库实名比对";
}
