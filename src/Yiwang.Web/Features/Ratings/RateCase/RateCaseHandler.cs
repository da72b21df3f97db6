using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Ratings.RateCase;

/// <param name="Service">Case (the default), or WindowVisit: today's service at the counter, rated on the window's evaluator tablet.</param>
internal sealed record RateRequest(RatingLevel? Level, RatingChannel? Channel = null, Dictionary<string, int>? Scores = null, List<string>? Reasons = null, string? Comment = null,
    RatedService? Service = null);

public sealed record RatingView(string CaseNumber, string ItemName, RatingLevel Level, string LevelName, RatingChannel Channel, string ChannelName, bool Online,
    IReadOnlyDictionary<string, int> Scores, IReadOnlyList<string> Reasons, string? Comment, DateTimeOffset RatedAt, RectificationSummary? Rectification,
    RatedService Service = RatedService.Case, DateOnly? VisitOn = null);

/// <summary>What the applicant sees of the rectification of their 差评: its state, and the department's reply.</summary>
public sealed record RectificationSummary(long Id, RectificationStatus Status, string StatusName, DateOnly Due, string? Reply, DateTimeOffset? RepliedAt);

/// <summary>
/// What the case page needs to offer a rating: may this user rate it now, and with which
/// sub-indicators; whose rating it is (the applicant's name, masked, for the window's evaluator tablet).
/// </summary>
public sealed record RatingState(bool MayRate, bool Online, IReadOnlyList<string> Indicators, RatingView? Rating, string? ApplicantName = null);

/// <summary>
/// 好差评 of a case: by its applicant (PC, phone, SMS link) or at the window's evaluator tablet, once
/// the case is decided; one rating per case, never changed. A window visit for a case (a day the
/// applicant came to the counter) is rated on that window's tablet the same day, once per visit.
/// A 差评 opens a rectification with its deadline.
/// </summary>
internal sealed class RateCaseHandler(YiwangDb db, UnitOfWork unitOfWork, CaseScope scope, IRectificationTerm term, WorkingDayCalendar calendar, TimeProvider clock, Common.Notifications.Inbox inbox)
{
    public async Task<Outcome<RatingView>> RateAsync(string number, RateRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is null || !await scope.CanReadAsync(user, c, ct)) return Outcome<RatingView>.NotFound($"办件 {number} 不存在");
        var service = r.Service ?? RatedService.Case;
        if (!Enum.IsDefined(service)) return Outcome<RatingView>.Invalid("service", "评价对象应为 Case（办件）或 WindowVisit（窗口服务）");
        var channel = r.Channel ?? (service == RatedService.WindowVisit ? RatingChannel.WindowPad : RatingChannel.Pc);
        var atWindow = user.IsStaff();
        // Staff never rate for themselves: only the window's evaluator tablet, handed to the applicant, records a rating.
        if (atWindow ? channel != RatingChannel.WindowPad || !await scope.AtWindowAsync(user, c, ct) : !CaseScope.IsApplicant(user, c) || channel == RatingChannel.WindowPad)
            return Outcome<RatingView>.Forbidden("只有申请人本人可以评价（窗口评价器由申请人现场评价）");
        if (c.ApplicantId is not { } applicant) return Outcome<RatingView>.Conflict("该办件没有登记申请人账号，无法评价");
        var today = clock.Today();
        DateOnly? visitOn = null;
        if (service == RatedService.WindowVisit)
        {
            if (channel != RatingChannel.WindowPad) return Outcome<RatingView>.Invalid("channel", "窗口服务只能在窗口评价器上评价");
            if (!await VisitedTodayAsync(c.Id, today, user.HallId(), ct)) return Outcome<RatingView>.Conflict("申请人今天没有到本大厅窗口办理该办件，无窗口服务可评价");
            visitOn = today;
        }
        // The tablet records the applicant's own rating of the case only while they stand at this hall's window
        // for it today; a case handled online is rated by its applicant online.
        else if (atWindow && !await VisitedTodayAsync(c.Id, today, user.HallId(), ct))
            return Outcome<RatingView>.Forbidden("窗口评价器只能在申请人当天到本大厅窗口办理该办件时使用；网上办理的办件由申请人在网上评价");
        else if (c.Status is not (CaseStatus.Decided or CaseStatus.Closed)) return Outcome<RatingView>.Conflict("办件作出决定后才能评价");
        var online = service == RatedService.Case && c.Channel == CaseChannel.Online;
        var errors = Validate(r, online);
        if (errors.Count > 0) return Outcome<RatingView>.Invalid(errors, "评价填写有误");
        var already = service == RatedService.Case ? "该办件已评价，评价提交后不能修改" : "本次窗口服务已评价，评价提交后不能修改";
        if (await db.Ratings.AnyAsync(x => x.CaseId == c.Id && x.Service == service && x.VisitOn == visitOn, ct)) return Outcome<RatingView>.Conflict(already);

        var level = r.Level!.Value;
        var rating = new Rating
        {
            CaseId = c.Id, CaseNumber = c.Number, ItemName = c.ItemName, DepartmentId = c.DepartmentId, ApplicantId = applicant,
            Online = online, Channel = channel, Service = service, VisitOn = visitOn, WindowId = channel == RatingChannel.WindowPad ? user.WindowId() : null, Level = level,
            Scores = new Dictionary<string, int>(r.Scores ?? []) { ["总体"] = r.Scores?.GetValueOrDefault("总体") is > 0 and var s ? s : (int)level },
            Reasons = r.Reasons?.Distinct().ToList() ?? [], Comment = r.Comment?.Trim() is { Length: > 0 } t ? t : null, RatedAt = clock.GetUtcNow(),
        };
        rating.Given(c.DecidedAt);
        db.Ratings.Add(rating);
        Rectification? rectification = null;
        if (rating.IsBad)
        {
            rectification = new Rectification
            {
                Rating = rating, CaseId = c.Id, CaseNumber = c.Number, DepartmentId = c.DepartmentId, OpenedOn = today,
                Due = calendar.Schedule.AddWorkingDays(today, await term.WorkingDaysAsync(ct)).Date,
            };
            db.Rectifications.Add(rectification);
            inbox.Post(applicant, rating.RatedAt, "差评已受理",
                $"您对“{c.ItemName}”（{c.Number}）的评价已收到，承办部门将于 {rectification.Due:yyyy-MM-dd} 前核实整改并答复您。", c.Number);
        }
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<RatingView>.Conflict(already);
        }
        return Outcome<RatingView>.Ok(View(rating, rectification));
    }

    /// <summary>The applicant came to a counter of this hall for the case today (an in-person step of the case there today).</summary>
    private async Task<bool> VisitedTodayAsync(long caseId, DateOnly today, int? hallId, CancellationToken ct)
    {
        if (hallId is null) return false;
        var (start, place) = (ChinaTime.StartOf(today), $"hall:{hallId}");
        return await db.CaseEvents.AsNoTracking().AnyAsync(e => e.CaseId == caseId && e.InPerson && e.At >= start && e.Place == place, ct);
    }

    public async Task<Outcome<RatingState>> StateAsync(string number, ClaimsPrincipal user, CancellationToken ct, RatedService service = RatedService.Case)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is null || !await scope.CanReadAsync(user, c, ct)) return Outcome<RatingState>.NotFound($"办件 {number} 不存在");
        // A window visit is today's, rated by the applicant standing at this window's evaluator tablet.
        var visit = service == RatedService.WindowVisit;
        var today = clock.Today();
        DateOnly? visitOn = visit ? today : null;
        var rating = await db.Ratings.AsNoTracking().SingleOrDefaultAsync(x => x.CaseId == c.Id && x.Service == service && x.VisitOn == visitOn, ct);
        var rectification = rating is null ? null : await db.Rectifications.AsNoTracking().SingleOrDefaultAsync(x => x.RatingId == rating.Id, ct);
        var online = !visit && c.Channel == CaseChannel.Online;
        var atWindow = user.IsStaff() && await scope.AtWindowAsync(user, c, ct);
        var may = rating is null && c.ApplicantId is not null && (visit
            ? atWindow && await VisitedTodayAsync(c.Id, today, user.HallId(), ct)
            : c.Status is CaseStatus.Decided or CaseStatus.Closed && (CaseScope.IsApplicant(user, c) || (atWindow && await VisitedTodayAsync(c.Id, today, user.HallId(), ct))));
        return Outcome<RatingState>.Ok(new RatingState(may, online, online ? Rating.OnlineIndicators : Rating.OfflineIndicators,
            rating is null ? null : View(rating, rectification), atWindow ? Common.Identity.Mask.PersonName(c.ApplicantName) : null));
    }

    private static Dictionary<string, string[]> Validate(RateRequest r, bool online)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Level is not { } level || !Enum.IsDefined(level)) errors["level"] = ["请选择评价等级（非常满意至非常不满意）"];
        if (r.Channel is { } ch && !Enum.IsDefined(ch)) errors["channel"] = ["评价渠道不正确"];
        var indicators = online ? Rating.OnlineIndicators : Rating.OfflineIndicators;
        foreach (var (k, v) in r.Scores ?? [])
        {
            if (!indicators.Contains(k)) errors[$"scores.{k}"] = [$"“{k}”不是{(online ? "网上" : "现场")}办事的评价指标"];
            else if (v is < 1 or > 5) errors[$"scores.{k}"] = [$"“{k}”应评 1 至 5 分"];
        }
        var bad = r.Level is RatingLevel.Dissatisfied or RatingLevel.VeryDissatisfied;
        var offered = bad ? Rating.BadReasons : Rating.GoodReasons;
        if (r.Reasons?.FirstOrDefault(x => !offered.Contains(x)) is { } odd) errors["reasons"] = [$"“{odd}”不是可选的评价原因"];
        else if (bad && (r.Reasons is null || r.Reasons.Count == 0)) errors["reasons"] = ["差评请至少选择一项原因"];
        if (r.Comment is { Length: > 500 }) errors["comment"] = ["评价内容不超过500字"];
        return errors;
    }

    public static RatingView View(Rating r, Rectification? x) => new(r.CaseNumber, r.ItemName, r.Level, r.Level.Label(), r.Channel, r.Channel.Label(), r.Online,
        r.Scores, r.Reasons, r.Comment, r.RatedAt,
        x is null ? null : new RectificationSummary(x.Id, x.Status, x.Status.Label(), x.Due, x.Status == RectificationStatus.Done ? x.Reply : null, x.RepliedAt),
        r.Service, r.VisitOn);
}
