namespace Yiwang.Web.Common.Hosting;

/// <summary>
/// A background job run once at start and then every <c>{setting}</c> minutes (0 or less: never on
/// its own, only on demand), each run in a fresh service scope. A failed run is logged and the next
/// one comes as planned.
/// </summary>
internal abstract class PeriodicJob(IServiceScopeFactory scopes, IConfiguration config, ILogger log, string setting, int defaultMinutes) : BackgroundService
{
    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = config.GetValue(setting, defaultMinutes);
        if (minutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "{Job} failed", GetType().Name); }
        }
        while (await NextAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
