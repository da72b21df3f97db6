namespace Yiwang.Web.Common.Http;

/// <summary>
/// What a handler answers, whoever called it: the value, or why not. The API maps it to HTTP
/// (problem details), a page shows the messages beside the fields.
/// </summary>
internal sealed class Outcome<T>
{
    public T? Value { get; private init; }
    public OutcomeKind Kind { get; private init; }
    public string? Message { get; private init; }
    public IDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public bool IsOk => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new() { Value = value, Kind = OutcomeKind.Ok };
    public static Outcome<T> NotFound(string message) => new() { Kind = OutcomeKind.NotFound, Message = message };
    public static Outcome<T> Forbidden(string message) => new() { Kind = OutcomeKind.Forbidden, Message = message };
    public static Outcome<T> Unauthenticated(string message) => new() { Kind = OutcomeKind.Unauthenticated, Message = message };
    public static Outcome<T> Conflict(string message) => new() { Kind = OutcomeKind.Conflict, Message = message };
    public static Outcome<T> Invalid(IDictionary<string, string[]> errors, string? title = null) =>
        new() { Kind = OutcomeKind.Invalid, Errors = errors, Message = title ?? "提交的内容有误" };
    public static Outcome<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public Outcome<TOther> As<TOther>() => new() { Kind = Kind, Message = Message, Errors = Errors };

    /// <summary>The same outcome with its value (when Ok) mapped.</summary>
    public Outcome<TOther> Map<TOther>(Func<T, TOther> map) => IsOk ? Outcome<TOther>.Ok(map(Value!)) : As<TOther>();
}

internal enum OutcomeKind { Ok, NotFound, Forbidden, Conflict, Invalid, Unauthenticated }
