using Serilog;
using Serilog.Events;

namespace Yiwang.Web.Common.Http;

/// <summary>Structured logs through Serilog; levels from Serilog:MinimumLevel:Default (Information).</summary>
internal static class Logging
{
    public static WebApplicationBuilder AddYiwangLogging(this WebApplicationBuilder builder)
    {
        var level = Enum.TryParse<LogEventLevel>(builder.Configuration["Serilog:MinimumLevel:Default"], out var l) ? l : LogEventLevel.Information;
        builder.Services.AddSerilog(cfg => cfg
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"));
        return builder;
    }
}
