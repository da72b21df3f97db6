namespace Yiwang.Web.Features.Supervision;

/// <summary>
/// The thresholds of electronic supervision, set by a 效能监察员 (one row). Defaults: 预警 with one
/// working day left on a step; 黄牌 past the promised limit; 红牌 past the legal limit or after three
/// working days overdue; departments answer a card within three working days; a bad rating is
/// rectified within five working days (localities use 5–15).
/// </summary>
internal sealed class SupervisionRules
{
    public int Id { get; init; } = 1;
    public int WarningDaysLeft { get; set; } = 1;
    public int RedAfterOverdueDays { get; set; } = 3;
    public int AnswerWithinDays { get; set; } = 3;
    public int RectifyWithinDays { get; set; } = 5;
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    public static Dictionary<string, string[]> Validate(int warning, int red, int answer, int rectify)
    {
        var errors = new Dictionary<string, string[]>();
        if (warning is < 0 or > 10) errors["warningDaysLeft"] = ["预警提前天数应为0至10个工作日"];
        if (red is < 1 or > 30) errors["redAfterOverdueDays"] = ["持续超期红牌天数应为1至30个工作日"];
        if (answer is < 1 or > 30) errors["answerWithinDays"] = ["答复期限应为1至30个工作日"];
        if (rectify is < 5 or > 15) errors["rectifyWithinDays"] = ["差评整改期限应为5至15个工作日"];
        return errors;
    }
}
