namespace Yiwang.Web.Common.Http;

/// <summary>
/// A page's plain form posted to an endpoint goes back to the page it came from (a local path only),
/// with the result for the page's <c>Notes</c> to show (?done=… or ?error=…).
/// </summary>
internal static class FormReturn
{
    public static string Message<T>(Outcome<T> o) => o.Errors.Count > 0 ? string.Join("；", o.Errors.SelectMany(e => e.Value)) : o.Message ?? "办理失败";

    public static IResult Back(string? back, bool ok, string note, string fallback = "/")
    {
        var path = back is { Length: > 1 } b && b[0] == '/' && b[1] != '/' && b[1] != '\\' ? b : fallback;
        return Results.Redirect($"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}{(ok ? "done" : "error")}={Uri.EscapeDataString(note)}");
    }
}
