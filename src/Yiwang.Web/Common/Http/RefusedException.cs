namespace Yiwang.Web.Common.Http;

/// <summary>
/// A domain object refused a move (a card, a rectification): the message is for the user;
/// <see cref="Field"/> names the missing answer when that is the reason (a 400), otherwise it is a 409.
/// </summary>
internal sealed class RefusedException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;

    public Outcome<T> As<T>() => Field is { } f ? Outcome<T>.Invalid(f, Message) : Outcome<T>.Conflict(Message);
}
