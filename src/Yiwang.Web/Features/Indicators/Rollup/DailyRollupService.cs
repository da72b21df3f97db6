using Yiwang.Web.Common.Hosting;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>Rolls up finished and marked days at start and then every <c>Indicators:RollupMinutes</c> (default 10; 0: only on demand).</summary>
internal sealed class DailyRollupService(IServiceScopeFactory scopes, IConfiguration config, ILogger<DailyRollupService> log)
    : PeriodicJob(scopes, config, log, "Indicators:RollupMinutes", 10)
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var result = await services.GetRequiredService<DailyRollup>().RollAsync(ct);
        if (result.DaysRolled > 0) log.LogInformation("Rolled up {Days} days of figures in {Seconds} s", result.DaysRolled, result.Seconds);
    }
}
