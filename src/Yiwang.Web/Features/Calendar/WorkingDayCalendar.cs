using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Calendar;

/// <summary>
/// The current schedule for the whole process. Reloaded from the database at start, after an
/// admin loads a year, and when another process loaded one (checked every 30 s).
/// </summary>
internal sealed class WorkingDayCalendar(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkingDayCalendar> log) : BackgroundService
{
    private volatile WorkingDaySchedule _schedule = new([], clock.GetUtcNow().Year);
    private DateTimeOffset? _stamp;

    public WorkingDaySchedule Schedule => _schedule;

    /// <summary>Reads the years again when another process changed them (or always, <paramref name="force"/>: this process just did).</summary>
    public async Task ReloadAsync(CancellationToken ct, bool force = false)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
        var stamp = await db.CalendarYears.MaxAsync(y => (DateTimeOffset?)y.LoadedAt, ct);
        if (!force && stamp == _stamp && _stamp is not null) return;
        var years = await db.CalendarYears.AsNoTracking().Include(y => y.Days).ToListAsync(ct);
        _schedule = new WorkingDaySchedule(years, clock.GetUtcNow().Year);
        _stamp = stamp;
        log.LogInformation("Working-day calendar loaded: {Years}", string.Join(",", years.Select(y => y.Year).Order()));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await ReloadAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Calendar reload failed"); }
        }
    }
}
