using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Yiwang.Tests.Infrastructure;

/// <summary>The app on a clock the test moves (sign in again after a long jump: cookies expire on this clock too).</summary>
public sealed class ClockedFactory : YiwangFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureMore(IWebHostBuilder builder) =>
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
}
