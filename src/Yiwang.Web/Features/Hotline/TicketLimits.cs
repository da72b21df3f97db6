namespace Yiwang.Web.Features.Hotline;

/// <summary>
/// 办理时限 in working days (Hotline:Limits:{Kind}, defaults from 广东省12345管理办法 as norms.md §6.4 gives them:
/// 咨询 2, 求助 and 建议 10, 投诉 and 举报 15; 表扬 2), 办不成事 (Hotline:CannotGetDoneDays, 3), the sign-for
/// limit (Hotline:SignDays, 1) and the window for a 退单 after dispatch (Hotline:ReturnDays, 1).
/// </summary>
internal sealed class TicketLimits(IConfiguration config)
{
    public static readonly IReadOnlyDictionary<TicketKind, int> Defaults = new Dictionary<TicketKind, int>
    {
        [TicketKind.Consultation] = 2, [TicketKind.Help] = 10, [TicketKind.Suggestion] = 10, [TicketKind.Complaint] = 15, [TicketKind.Report] = 15, [TicketKind.Praise] = 2,
    };

    public int DaysFor(TicketKind kind, TicketChannel channel) =>
        channel == TicketChannel.CannotGetDone ? Positive("Hotline:CannotGetDoneDays", 3) : Positive($"Hotline:Limits:{kind}", Defaults[kind]);

    public int SignDays => Positive("Hotline:SignDays", 1);

    public int ReturnDays => Positive("Hotline:ReturnDays", 1);

    private int Positive(string key, int fallback) => config.GetValue(key, fallback) is var v && v > 0 ? v : fallback;
}
