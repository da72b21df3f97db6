using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Bundles;

/// <summary>The state of a bundle case as its parts make it.</summary>
internal static class BundleCaseStatus
{
    public static bool Finished(CaseStatus s) => s is CaseStatus.Decided or CaseStatus.Closed or CaseStatus.Refused or CaseStatus.Withdrawn;

    /// <summary>Every part is finished or will not start, and at least one has a result to deliver.</summary>
    public static bool AllFinished(BundleCase b, IReadOnlyList<Case> parts) =>
        AllFinished(b, parts.ToDictionary(c => c.Number, c => c.Status));

    public static bool AllFinished(BundleCase b, IReadOnlyDictionary<string, CaseStatus> statusByNumber) =>
        b.Parts.All(p => p.Cancelled is not null || (p.CaseNumber is not null && statusByNumber.TryGetValue(p.CaseNumber, out var s) && Finished(s)))
        && statusByNumber.Values.Any(s => s == CaseStatus.Decided);

    public static string Label(BundleCase b, IReadOnlyDictionary<string, CaseStatus> statusByNumber)
    {
        if (b.ClosedAt is not null) return "办结";
        var started = b.Parts.Where(p => p.CaseNumber is not null).Select(p => statusByNumber.GetValueOrDefault(p.CaseNumber!)).ToList();
        if (started.Count > 0 && started.All(s => s == CaseStatus.Withdrawn)) return "已撤回";
        if (AllFinished(b, statusByNumber)) return "待统一出件";
        if (started.Contains(CaseStatus.AwaitingSupplement)) return "部分事项待补正";
        if (b.AcceptedAt is null) return "待受理";
        return "办理中";
    }

    public static string PartLabel(BundleCasePart p, CaseStatus? s) =>
        p.Cancelled is not null ? "不再办理" : s is null ? "等待前序事项结果" : s.Value.Label();
}
