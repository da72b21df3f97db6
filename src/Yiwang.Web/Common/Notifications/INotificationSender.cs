using Yiwang.Web.Common.Identity;

namespace Yiwang.Web.Common.Notifications;

/// <summary>
/// SMS / e-mail delivery to the outside world. The default writes to the log (phone masked, a
/// confidential body such as a verification code left out); a city plugs in its SMS gateway by
/// registering another implementation. Development and demos use <see cref="SimulatedSmsGateway"/>.
/// </summary>
internal interface INotificationSender
{
    Task SendAsync(string? phone, string title, string body, CancellationToken ct, bool confidential = false);
}

internal sealed class LogNotificationSender(ILogger<LogNotificationSender> log) : INotificationSender
{
    public Task SendAsync(string? phone, string title, string body, CancellationToken ct, bool confidential = false)
    {
        log.LogInformation("SMS to {Phone}: {Title} {Body}", Mask.Phone(phone), title, confidential ? "(内容保密，未记录)" : body);
        return Task.CompletedTask;
    }
}

/// <summary>
/// 短信模拟网关 for Development, demos and tests: keeps the last 500 messages in memory so that the
/// demo's /dev/sms page (and a test) can read the code a person would have received. Never
/// registered in Production unless Sms:Gateway is Simulator.
/// </summary>
internal sealed class SimulatedSmsGateway(TimeProvider clock) : INotificationSender
{
    internal sealed record Sent(DateTimeOffset At, string Phone, string Title, string Body);
    private readonly LinkedList<Sent> _sent = new();

    public Task SendAsync(string? phone, string title, string body, CancellationToken ct, bool confidential = false)
    {
        if (string.IsNullOrEmpty(phone)) return Task.CompletedTask;
        lock (_sent)
        {
            _sent.AddFirst(new Sent(clock.GetUtcNow(), phone, title, body));
            if (_sent.Count > 500) _sent.RemoveLast();
        }
        return Task.CompletedTask;
    }

    public IReadOnlyList<Sent> Latest(int count = 50) { lock (_sent) return [.. _sent.Take(count)]; }

    /// <summary>The newest six-digit code sent to <paramref name="phone"/>, if any.</summary>
    public string? LastCode(string phone)
    {
        lock (_sent)
            return _sent.Where(s => s.Phone == phone && s.Title == "验证码")
                .Select(s => System.Text.RegularExpressions.Regex.Match(s.Body, @"\d{6}").Value).FirstOrDefault();
    }
}
