namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>Rolls up finished and marked days at start and then every <c>Indicators:RollupMinutes</c> (default 10; 0: only on demand).</summary>
public sealed class DailyRollupService(IServiceScopeFactory scopes, IConfiguration config, ILogger<DailyRollupService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = config.GetValue("Indicators:RollupMinutes", 10);
        if (minutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<DailyRollup>().RollAsync(stoppingToken);
                if (result.DaysRolled > 0) log.LogInformation("Rolled up {Days} days of figures in {Seconds} s", result.DaysRolled, result.Seconds);
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Daily rollup failed"); }
        }
        while (await Next(timer, stoppingToken));
    }

    private static async Task<bool> Next(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
