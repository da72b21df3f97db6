namespace Yiwang.Web.Features.Ratings;

/// <summary>The five national levels of 好差评 (GB/T 39735): 5 非常满意 … 1 非常不满意.</summary>
public enum RatingLevel { VeryDissatisfied = 1, Dissatisfied = 2, Fair = 3, Satisfied = 4, VerySatisfied = 5 }

/// <summary>Where the rating was given: PC portal, phone page, the evaluator tablet at a window, or the SMS link.</summary>
public enum RatingChannel { Pc, Mobile, WindowPad, Sms }

/// <summary>What was rated: the case as a whole (once it is decided), or one visit to a window for it (that day's service at the counter).</summary>
public enum RatedService { Case, WindowVisit }

/// <summary>
/// One applicant's rating of one service: a case, or a window visit for a case (once per visit day).
/// Written once by the applicant, never changed by staff. A 差评 (不满意 / 非常不满意) opens a
/// <see cref="Rectification"/>.
/// </summary>
internal sealed partial class Rating
{
    public long Id { get; init; }
    public long CaseId { get; init; }
    public required string CaseNumber { get; init; }
    public required string ItemName { get; init; }
    public int DepartmentId { get; init; }
    public Guid ApplicantId { get; init; }
    public bool Online { get; init; }
    public RatingChannel Channel { get; init; }
    public RatedService Service { get; init; }
    /// <summary>A window visit: the day (Beijing) and the window of the visit.</summary>
    public DateOnly? VisitOn { get; init; }
    public int? WindowId { get; init; }
    public RatingLevel Level { get; init; }
    /// <summary>National sub-indicators, 1–5 each (online: 总体, 效率, 指南准确性, 便利度, 平台易用性; offline: 总体, 效率, 服务水平, 态度).</summary>
    public Dictionary<string, int> Scores { get; init; } = [];
    public List<string> Reasons { get; init; } = [];
    public string? Comment { get; init; }
    public DateTimeOffset RatedAt { get; init; }

    public bool IsBad => Level <= RatingLevel.Dissatisfied;

    public static readonly string[] OnlineIndicators = ["总体", "效率", "指南准确性", "便利度", "平台易用性"];
    public static readonly string[] OfflineIndicators = ["总体", "效率", "服务水平", "态度"];

    /// <summary>Reasons offered with a 差评 (the national list, abridged) and with a good rating.</summary>
    public static readonly string[] BadReasons = ["办理时间长", "材料要求不清楚", "多次跑动", "服务态度差", "系统操作不便", "结果不满意", "其他"];
    public static readonly string[] GoodReasons = ["办理快捷", "指南清楚", "一次办成", "服务热情", "系统好用"];
}

internal static class RatingNames
{
    public static string Label(this RatingLevel l) => l switch
    {
        RatingLevel.VerySatisfied => "非常满意", RatingLevel.Satisfied => "满意", RatingLevel.Fair => "基本满意",
        RatingLevel.Dissatisfied => "不满意", _ => "非常不满意",
    };

    public static string Label(this RatedService s) => s == RatedService.Case ? "办件" : "窗口服务";

    public static string Label(this RatingChannel c) => c switch
    {
        RatingChannel.Pc => "PC端", RatingChannel.Mobile => "移动端", RatingChannel.WindowPad => "窗口评价器", _ => "短信",
    };
}

/// <summary>A case was rated as a whole: the figures of the day it was decided on count it (好差评覆盖率).</summary>
internal sealed record CaseRated(Rating Rating, DateTimeOffset CaseDecidedAt) : Common.Events.IDomainEvent;

internal sealed partial class Rating : Common.Events.EventRecordingEntity
{
    /// <summary>Records the rating as given (a rating of the whole case tells the day its case was decided).</summary>
    public void Given(DateTimeOffset? caseDecidedAt)
    {
        if (Service == RatedService.Case && caseDecidedAt is { } decided) Record(new CaseRated(this, decided));
    }
}
