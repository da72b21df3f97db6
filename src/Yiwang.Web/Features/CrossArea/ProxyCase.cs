using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.CrossArea;

/// <summary>
/// 跨省通办 代收代办: a hall receives an application for another province's office (武陵山片区 and
/// beyond), checks and sends the materials on, records the result when it comes back, and hands it
/// to the applicant. The other office decides; this platform tracks the handover and the result.
/// </summary>
internal sealed class ProxyCase
{
    public long Id { get; init; }
    public required string Number { get; init; }
    public int HallId { get; init; }
    public int? WindowId { get; init; }
    public required string ReceivedBy { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public required string ApplicantName { get; init; }
    /// <summary>SM4-encrypted at rest, masked on pages.</summary>
    [Common.Crypto.EncryptedAtRest]
    public required string ApplicantIdNumber { get; init; }
    [Common.Crypto.EncryptedAtRest]
    public required string ApplicantPhone { get; init; }
    public required string Province { get; init; }
    /// <summary>The office that decides (收件地 → 办理地).</summary>
    public required string OfficeName { get; init; }
    public required string ItemName { get; init; }
    public List<string> Materials { get; init; } = [];
    public ProxyStatus Status { get; private set; } = ProxyStatus.Received;
    public string? HandoverTracking { get; private set; }
    public DateTimeOffset? HandedOverAt { get; private set; }
    public DateTimeOffset? ResultAt { get; private set; }
    public Decision? Decision { get; private set; }
    public string? ResultNote { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DeliveryMethod? DeliveryMethod { get; private set; }
    public List<ProxyEvent> Events { get; init; } = [];
    public Guid Concurrency { get; private set; } = Guid.NewGuid();

    public static readonly string[] Provinces = ["湖北省", "重庆市", "贵州省", "广东省", "江西省", "四川省", "广西壮族自治区", "其他省份"];

    /// <summary>移交: the materials go to the deciding office (by post with a tracking number, or through the national platform).</summary>
    public void HandOver(string actor, DateTimeOffset at, string tracking) =>
        Move(actor, at, ProxyStatus.Received, ProxyStatus.HandedOver, $"材料已移交{OfficeName}（{tracking}）", () => (HandoverTracking, HandedOverAt) = (tracking, at));

    /// <summary>The deciding office's result came back.</summary>
    public void ReceiveResult(string actor, DateTimeOffset at, Decision decision, string note) =>
        Move(actor, at, ProxyStatus.HandedOver, ProxyStatus.ResultReceived, $"收到{OfficeName}办理结果：{(decision == Cases.Decision.Grant ? "准予" : "不予")}，{note}",
            () => (Decision, ResultNote, ResultAt) = (decision, note, at));

    public void Deliver(string actor, DateTimeOffset at, DeliveryMethod method) =>
        Move(actor, at, ProxyStatus.ResultReceived, ProxyStatus.Delivered, $"办理结果已{method.Label()}，办结", () => (DeliveryMethod, DeliveredAt) = (method, at));

    public void Record(string actor, DateTimeOffset at, string text) => Events.Add(new ProxyEvent { At = at, Actor = actor, Text = text });

    private void Move(string actor, DateTimeOffset at, ProxyStatus from, ProxyStatus to, string text, Action apply)
    {
        if (Status != from) throw new CaseTransitionException($"代收代办件当前为“{Status.Label()}”，不能{to.Verb()}");
        apply();
        Status = to;
        Record(actor, at, text);
        Concurrency = Guid.NewGuid();
    }
}

internal sealed class ProxyEvent
{
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Text { get; set; } = "";
}

internal enum ProxyStatus { Received, HandedOver, ResultReceived, Delivered }

internal static class ProxyStatusNames
{
    public static string Label(this ProxyStatus s) => s switch
    {
        ProxyStatus.Received => "已收件待移交",
        ProxyStatus.HandedOver => "已移交待结果",
        ProxyStatus.ResultReceived => "结果已返回待送达",
        _ => "办结",
    };

    public static string Verb(this ProxyStatus s) => s switch
    {
        ProxyStatus.HandedOver => "移交材料",
        ProxyStatus.ResultReceived => "登记办理结果",
        _ => "送达结果",
    };
}
