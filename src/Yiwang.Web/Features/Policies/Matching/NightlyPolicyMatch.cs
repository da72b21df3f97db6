using Yiwang.Web.Common.Hosting;

namespace Yiwang.Web.Features.Policies.Matching;

/// <summary>政策找人, nightly (Policies:MatchMinutes, default once a day): every firm against every open clause.</summary>
internal sealed class NightlyPolicyMatch(IServiceScopeFactory scopes, IConfiguration config, ILogger<NightlyPolicyMatch> log)
    : PeriodicJob(scopes, config, log, "Policies:MatchMinutes", 24 * 60)
{
    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var run = await services.GetRequiredService<PolicyMatcher>().RunAsync(null, null, "每日比对", ct);
        log.LogInformation("Policy match {On}: {Firms} firms × {Clauses} clauses, {Eligible} eligible ({New} new), {Near} near misses",
            run.On, run.Firms, run.Clauses, run.Eligible, run.NewlyEligible, run.NearMisses);
    }
}

/// <summary>A library the rules read was imported: match again (DataSharing names the need; Policies answers it).</summary>
internal sealed class MatchAfterImport(PolicyMatcher matcher) : DataSharing.Import.ILibraryImported
{
    public async Task ImportedAsync(DataSharing.BaseLibrary library, CancellationToken ct)
    {
        if (library is DataSharing.BaseLibrary.LegalEntity or DataSharing.BaseLibrary.EnterpriseData or DataSharing.BaseLibrary.Credit or DataSharing.BaseLibrary.Licence)
            await matcher.RunAsync(null, null, $"{DataSharing.BaseLibraries.Info(library).Name}导入", ct);
    }
}
