using System.Text.Json;
using System.Text.Json.Serialization;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// Every action on a case: the state machine's transitions, the actions table, the API routes
/// (<c>POST /api/v1/cases/{number}/{route}</c>), the timeline rows and the domain events all use it.
/// Stored as its route name (<c>request-supplement</c>), as the timeline always was.
/// </summary>
[JsonConverter(typeof(CaseActionJson))]
public enum CaseAction
{
    Submit, RequestSupplement, Resubmit, Refuse, Accept, Pass, Return, Suspend, Resume, Extend,
    Decide, Recall, Reassign, RequestCountersign, Countersign, Deliver, Withdraw, RecomputeDue, RevokeGrant,
    AcceptByLaw, CloseUnsupplemented, InstantCheck,
}

/// <summary>The route (stored) name and the Chinese name of each <see cref="CaseAction"/>.</summary>
internal static class CaseActionNames
{
    private static readonly Dictionary<CaseAction, (string Route, string Label)> Names = new()
    {
        [CaseAction.Submit] = ("submit", "提交"), [CaseAction.RequestSupplement] = ("request-supplement", "一次性告知补正"),
        [CaseAction.Resubmit] = ("resubmit", "补正后提交"), [CaseAction.Refuse] = ("refuse", "不予受理"), [CaseAction.Accept] = ("accept", "受理"),
        [CaseAction.Pass] = ("pass", "通过本环节"), [CaseAction.Return] = ("return", "退回"), [CaseAction.Suspend] = ("suspend", "启动特别程序"),
        [CaseAction.Resume] = ("resume", "恢复计时"), [CaseAction.Extend] = ("extend", "延期"), [CaseAction.Decide] = ("decide", "作出决定"),
        [CaseAction.Recall] = ("recall", "撤回上一步"), [CaseAction.Reassign] = ("reassign", "转办"), [CaseAction.RequestCountersign] = ("request-countersign", "请求会签"),
        [CaseAction.Countersign] = ("countersign", "会签"), [CaseAction.Deliver] = ("deliver", "出件办结"), [CaseAction.Withdraw] = ("withdraw", "撤回"),
        [CaseAction.RecomputeDue] = ("recompute-due", "重算期限"), [CaseAction.RevokeGrant] = ("revoke-grant", "撤销准予决定"),
        [CaseAction.AcceptByLaw] = ("accept-by-law", "依法视为受理"), [CaseAction.CloseUnsupplemented] = ("close-unsupplemented", "逾期未补正，不予受理"),
        [CaseAction.InstantCheck] = ("instant-check", "秒批比对"),
    };

    private static readonly Dictionary<string, CaseAction> ByRoute = Names.ToDictionary(n => n.Value.Route, n => n.Key);

    /// <summary>The kebab-case name in routes, JSON and the CaseEvents table.</summary>
    public static string Route(this CaseAction action) => Names[action].Route;

    public static string Label(this CaseAction action) => Names[action].Label;

    /// <summary>The action a stored or routed name stands for (an unknown name is a corrupt row, not user input).</summary>
    public static CaseAction Parse(string route) =>
        ByRoute.TryGetValue(route, out var a) ? a : throw new FormatException($"Unknown case action '{route}'");
}

/// <summary>JSON carries the route name, as the API always has.</summary>
internal sealed class CaseActionJson : JsonConverter<CaseAction>
{
    public override CaseAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString() ?? "";
        try { return CaseActionNames.Parse(name); }
        catch (FormatException e) { throw new JsonException(e.Message); }
    }

    public override void Write(Utf8JsonWriter writer, CaseAction value, JsonSerializerOptions options) => writer.WriteStringValue(value.Route());
}
