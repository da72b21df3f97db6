using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Ratings;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// Eight weeks of past cases for the demo city, so the workbench, the supervision page and the
/// indicator dashboard have something to show on a fresh start: closed cases (online and at the
/// window, some rated, one 差评 rectified and one still open), cases in progress (two of them
/// overdue: the first sweep gives them their cards) and cases waiting at the window. Every date is
/// before today; numbers carry the day they were applied on.
/// </summary>
internal static class DemoCaseHistory
{
    private static readonly string[] Items = ["430800-XK-0005", "430800-XK-0001", "430800-XK-0002", "430800-QR-0009", "430800-XK-0010", "430800-XK-0013"];

    public static async Task SeedAsync(YiwangDb db, TimeProvider clock, CancellationToken ct)
    {
        var schedule = new WorkingDaySchedule(OfficialHolidays.Load().Select(y => y.ToEntity(y.Year, "demo", clock.GetUtcNow())));
        var today = clock.Today();
        var items = await db.ServiceItems.Include(i => i.Versions).Where(i => Items.Contains(i.Code)).ToDictionaryAsync(i => i.Code, ct);
        var applicants = await db.Users.Where(u => u.UserName == "citizen" || u.UserName == "enterprise").ToDictionaryAsync(u => u.UserName!, ct);
        var clerk = await db.Users.Where(u => u.UserName == "clerk").Select(u => new { u.HallId, u.WindowId }).SingleAsync(ct);
        var perDay = new Dictionary<DateOnly, int>();
        var ratings = new List<(Case Case, RatingLevel Level, string[] Reasons, string? Reply)>();
        for (var n = 0; n < 40; n++)
        {
            var code = Items[n % Items.Length];
            if (!items.TryGetValue(code, out var item)) continue;
            // Spread over the last 56 days; every case starts on a working day before today.
            var day = today.AddDays(-56 + n * 55 / 40);
            while (!schedule.Day(day).IsWorkingDay) day = day.AddDays(-1);
            var enterprise = code is "430800-XK-0002" or "430800-XK-0005";
            var who = applicants[enterprise ? "enterprise" : "citizen"];
            var online = n % 3 != 0;
            var seq = perDay[day] = perDay.GetValueOrDefault(day) + 1;
            var c = Case.Open($"ZJ-{day:yyyyMMdd}-{seq:000000}", item, item.Current!, who.Id, who.DisplayName, online ? CaseChannel.Online : CaseChannel.Window, At(day, 9));
            var present = !online;
            c.Submit(new Actor(enterprise ? "enterprise" : "citizen", At(day, 9), online ? "online" : "hall:1", present));
            if (n % 10 == 9)
            {
                // Still waiting at the window: supervision looks at it (past §32's five days the law accepts it).
                c.ScheduleCheck(today);
                db.Cases.Add(c);
                continue;
            }
            c.Accept(new Actor("clerk", At(day, 10), $"hall:{clerk.HallId}", present, clerk.HallId, clerk.WindowId), day, schedule);
            var decidedOn = schedule.AddWorkingDays(day, Math.Max(0, c.PromisedDays - 1 - n % 3)).Date;
            var running = n >= 34 || n is 30 or 31 || decidedOn >= today;
            if (running)
            {
                // The oldest running ones are overdue by now: the sweep raises their cards.
                c.ScheduleCheck(today);
                db.Cases.Add(c);
                continue;
            }
            while (c.Status == CaseStatus.InProgress && c.StepIndex < c.DecisionStep) c.Pass(new Actor("approver", At(decidedOn, 11)));
            c.Decide(new Actor(c.ChiefDecidesAtWindow ? "chief" : "approver", At(decidedOn, 15)), Decision.Grant, "材料齐全，符合法定条件");
            var delivered = decidedOn.AddDays(1) < today ? schedule.AddWorkingDays(decidedOn, 1).Date : decidedOn;
            var pickup = n % 4 == 0;
            c.Deliver(new Actor("clerk", At(delivered, 10), "hall:1", pickup), pickup ? DeliveryMethod.WindowPickup : DeliveryMethod.Electronic, null);
            db.Cases.Add(c);
            if (n % 5 == 1) ratings.Add((c, RatingLevel.VerySatisfied, ["办理快捷"], null));
            else if (n % 5 == 2) ratings.Add((c, RatingLevel.Satisfied, [], null));
            else if (n == 13) ratings.Add((c, RatingLevel.Dissatisfied, ["办理时间长"], "已调整审查人员AB角，缩短等待时间，感谢监督"));
            else if (n == 18) ratings.Add((c, RatingLevel.Dissatisfied, ["多次跑动"], null));
        }
        await db.SaveChangesAsync(ct);
        foreach (var (c, level, reasons, reply) in ratings)
        {
            var ratedAt = c.ClosedAt!.Value.AddHours(2);
            var rating = new Rating
            {
                CaseId = c.Id, CaseNumber = c.Number, ItemName = c.ItemName, DepartmentId = c.DepartmentId, ApplicantId = c.ApplicantId!.Value,
                Online = c.Channel == CaseChannel.Online, Channel = c.Channel == CaseChannel.Online ? RatingChannel.Pc : RatingChannel.WindowPad,
                Level = level, Scores = new() { ["总体"] = (int)level, ["效率"] = (int)level }, Reasons = [.. reasons], RatedAt = ratedAt,
            };
            db.Ratings.Add(rating);
            if (rating.IsBad)
            {
                var opened = ChinaTime.Date(ratedAt);
                var rectification = new Rectification { Rating = rating, CaseId = c.Id, CaseNumber = c.Number, DepartmentId = c.DepartmentId, OpenedOn = opened, Due = schedule.AddWorkingDays(opened, 5).Date };
                if (reply is not null) rectification.Complete("scjg-admin", "落实AB角制度", reply, ratedAt.AddDays(2));
                db.Rectifications.Add(rectification);
            }
        }
        await db.SaveChangesAsync(ct);

        var lastWorkingDay = today.AddDays(-1);
        while (!schedule.Day(lastWorkingDay).IsWorkingDay) lastWorkingDay = lastWorkingDay.AddDays(-1);
        await DemoBundleCases.SeedAsync(db, schedule, lastWorkingDay, applicants["citizen"], (clerk.HallId, clerk.WindowId), ct);
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), ChinaTime.Offset).ToUniversalTime();
}
