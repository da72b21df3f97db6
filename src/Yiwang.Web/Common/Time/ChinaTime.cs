namespace Yiwang.Web.Common.Time;

/// <summary>Legal dates are days in Asia/Shanghai (UTC+8, no daylight saving); instants stay UTC.</summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(this TimeProvider clock) => Date(clock.GetUtcNow());

    /// <summary>The instant a day begins in Beijing (as UTC).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>The instant a day ends in Beijing (the next one begins; exclusive), as UTC.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));
}
