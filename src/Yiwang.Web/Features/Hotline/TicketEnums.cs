namespace Yiwang.Web.Features.Hotline;

/// <summary>诉求类型 (北京市接诉即办工作条例 第二条; 表扬 as the statistics keep 感谢).</summary>
internal enum TicketKind { Consultation, Help, Complaint, Report, Suggestion, Praise }

/// <summary>Where a ticket came in.</summary>
internal enum TicketChannel { Phone, Web, MayorMailbox, GovernorMailbox, Petition, CannotGetDone, Enterprise, Open311 }

/// <summary>工单状态: 待派单 → 待签收 → 办理中 → 待审核 → 待回访 → 已办结 (退单 back to the centre; 重办 once).</summary>
internal enum TicketStatus { Received, Dispatched, Returned, Handling, AwaitingReview, AwaitingCallback, Closed }

/// <summary>回访 satisfaction.</summary>
internal enum Satisfaction { Satisfied, FairlySatisfied, Unsatisfied }

internal static class TicketNames
{
    public static string Label(this TicketKind k) => k switch
    {
        TicketKind.Consultation => "咨询", TicketKind.Help => "求助", TicketKind.Complaint => "投诉", TicketKind.Report => "举报",
        TicketKind.Suggestion => "建议", _ => "表扬",
    };

    public static string Label(this TicketChannel c) => c switch
    {
        TicketChannel.Phone => "12345电话", TicketChannel.Web => "网站和手机端", TicketChannel.MayorMailbox => "市长信箱", TicketChannel.GovernorMailbox => "省长信箱",
        TicketChannel.Petition => "信访转办", TicketChannel.CannotGetDone => "办不成事窗口", TicketChannel.Enterprise => "政企通", _ => "Open311",
    };

    public static string Label(this TicketStatus s) => s switch
    {
        TicketStatus.Received => "待派单", TicketStatus.Dispatched => "待签收", TicketStatus.Returned => "已退单", TicketStatus.Handling => "办理中",
        TicketStatus.AwaitingReview => "待审核", TicketStatus.AwaitingCallback => "待回访", _ => "已办结",
    };

    public static string Label(this Satisfaction s) => s switch { Satisfaction.Satisfied => "满意", Satisfaction.FairlySatisfied => "基本满意", _ => "不满意" };
}
