namespace Yiwang.Web.Common.Notifications;

internal static class NotificationSetup
{
    /// <summary>
    /// The SMS gateway: Sms:Gateway = Simulator (the default wherever the demo city loads) or Log (the
    /// default elsewhere, until a city registers its real gateway).
    /// </summary>
    public static IServiceCollection AddSmsGateway(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        if (Hosting.Simulators.On(config, env, "Sms:Gateway"))
            services.AddSingleton<SimulatedSmsGateway>().AddSingleton<INotificationSender>(sp => sp.GetRequiredService<SimulatedSmsGateway>());
        else services.AddSingleton<INotificationSender, LogNotificationSender>();
        return services;
    }
}
