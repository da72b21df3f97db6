using System.Globalization;
using System.Text.Json.Serialization;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Calendar.Query;

// The public shapes other systems call; "provisional" appears only when true.
internal sealed record DayAnswer(string Date, bool IsWorkingDay, string? Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Provisional);
internal sealed record AddAnswer(string From, int Days, string Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Provisional);
internal sealed record BetweenAnswer(string From, string To, int WorkingDays,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Provisional);

internal static class CalendarQueryEndpoints
{
    private const string Format = "yyyy-MM-dd";

    public static void MapCalendarQueries(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Calendar");
        calendar.MapGet("/days/{date}", (string date, WorkingDayCalendar c) =>
            Answer(() =>
            {
                var d = Parse(date, "date");
                var info = c.Schedule.Day(d);
                return TypedResults.Ok(new DayAnswer(Text(d), info.IsWorkingDay, info.Name, info.Provisional));
            })).WithName("CalendarDay").WithSummary("某日是否为工作日（含节假日、调休）");
        calendar.MapGet("/add-working-days", (string? from, string? days, WorkingDayCalendar c) =>
            Answer(() =>
            {
                var f = Parse(from, "from");
                if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 3650)
                    throw new FieldException("days", "days 应为0至3650的整数");
                var r = c.Schedule.AddWorkingDays(f, n);
                return TypedResults.Ok(new AddAnswer(Text(f), n, Text(r.Date), r.Provisional));
            })).WithName("AddWorkingDays").WithSummary("从某日起第N个工作日（当日不计）");
        calendar.MapGet("/working-days", (string? from, string? to, WorkingDayCalendar c) =>
            Answer(() =>
            {
                var f = Parse(from, "from");
                var t = Parse(to, "to");
                var (n, provisional) = c.Schedule.WorkingDaysBetween(f, t);
                return TypedResults.Ok(new BetweenAnswer(Text(f), Text(t), n, provisional));
            })).WithName("WorkingDaysBetween").WithSummary("两日之间的工作日数（不含起日，含止日）");
    }

    private static string Text(DateOnly d) => d.ToString(Format, CultureInfo.InvariantCulture);

    private static DateOnly Parse(string? value, string field) =>
        DateOnly.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new FieldException(field, $"{field} 应为 yyyy-MM-dd 格式的日期");

    private static IResult Answer(Func<IResult> compute)
    {
        try { return compute(); }
        catch (FieldException e) { return OutcomeResults.Invalid(e.Field, e.Message); }
        catch (CalendarRangeException e) { return OutcomeResults.Invalid("date", e.Message); }
    }

    private sealed class FieldException(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
