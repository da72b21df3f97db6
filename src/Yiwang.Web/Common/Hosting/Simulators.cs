namespace Yiwang.Web.Common.Hosting;

/// <summary>
/// Whether an outside service (the SMS gateway, the identity provider) is played by its simulator:
/// the setting says so, or, unset, wherever the demo city loads.
/// </summary>
internal static class Simulators
{
    public static bool On(IConfiguration config, IHostEnvironment env, string setting) =>
        (config[setting] ?? (Data.DatabaseStartup.SeedsDemoData(config, env) ? "Simulator" : "")).Equals("Simulator", StringComparison.OrdinalIgnoreCase);
}
