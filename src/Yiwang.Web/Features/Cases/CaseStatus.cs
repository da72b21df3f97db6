namespace Yiwang.Web.Features.Cases;

/// <summary>办件状态. Terminal: Refused, Closed, Withdrawn.</summary>
public enum CaseStatus
{
    /// <summary>草稿: saved by the applicant, not submitted.</summary>
    Draft,
    /// <summary>待受理: submitted online or at a window, waiting for a clerk.</summary>
    Submitted,
    /// <summary>待补正: a one-time notice listed what is missing; the clock has not started.</summary>
    AwaitingSupplement,
    /// <summary>不予受理.</summary>
    Refused,
    /// <summary>办理中: accepted, at one of the item's steps.</summary>
    InProgress,
    /// <summary>特别程序中: the clock is stopped (听证, 专家评审, 检验检测, 公示).</summary>
    Suspended,
    /// <summary>待出件: decided (granted or denied), result not yet delivered.</summary>
    Decided,
    /// <summary>办结.</summary>
    Closed,
    /// <summary>撤回申请.</summary>
    Withdrawn,
}

public enum CaseChannel { Online, Window }
public enum Decision { Grant, Deny }
public enum DeliveryMethod { WindowPickup, Post, Electronic }

internal static class CaseNames
{
    public static string Label(this CaseStatus s) => s switch
    {
        CaseStatus.Draft => "草稿",
        CaseStatus.Submitted => "待受理",
        CaseStatus.AwaitingSupplement => "待补正",
        CaseStatus.Refused => "不予受理",
        CaseStatus.InProgress => "办理中",
        CaseStatus.Suspended => "特别程序中",
        CaseStatus.Decided => "待出件",
        CaseStatus.Closed => "办结",
        _ => "已撤回",
    };


    public static string Label(this DeliveryMethod m) => m switch
    {
        DeliveryMethod.WindowPickup => "窗口领取",
        DeliveryMethod.Post => "邮寄送达",
        _ => "电子送达",
    };
}
