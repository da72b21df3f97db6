namespace Yiwang.Web.Common.Notifications;

internal static class NotificationSetup
{
    /// <summary>
    /// The SMS gateway: Sms:Gateway = Simulator (the default wherever the demo city loads) or Log (the
    /// default elsewhere, until a city registers its real gateway).
    /// </summary>
    public static IServiceCollection AddSmsGateway(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var gateway = config["Sms:Gateway"] ?? (Data.DatabaseStartup.SeedsDemoData(config, env) ? "Simulator" : "Log");
        if (gateway.Equals("Simulator", StringComparison.OrdinalIgnoreCase))
            services.AddSingleton<SimulatedSmsGateway>().AddSingleton<INotificationSender>(sp => sp.GetRequiredService<SimulatedSmsGateway>());
        else services.AddSingleton<INotificationSender, LogNotificationSender>();
        return services;
    }
}
