using Yiwang.Web.Common.Identity;

namespace Yiwang.Web.Common.Notifications;

/// <summary>
/// SMS / e-mail delivery to the outside world. The default writes to the log (phone masked); a city
/// plugs in its SMS gateway by registering another implementation.
/// </summary>
internal interface INotificationSender
{
    Task SendAsync(string? phone, string title, string body, CancellationToken ct);
}

internal sealed class LogNotificationSender(ILogger<LogNotificationSender> log) : INotificationSender
{
    public Task SendAsync(string? phone, string title, string body, CancellationToken ct)
    {
        log.LogInformation("SMS to {Phone}: {Title} {Body}", Mask.Phone(phone), title, body);
        return Task.CompletedTask;
    }
}
