namespace Yiwang.Web.Features.DataSharing;

/// <summary>信用库 lists: 红名单 (守信激励), 黑名单 (严重失信主体名单), 失信记录 (a recorded breach).</summary>
internal enum CreditList { Red, Black, Dishonest }

/// <summary>
/// 信用库: one entry about a person (ID number) or an organisation (credit code). The subject's number
/// is encrypted and found by its keyed hash; a false 告知承诺 found at 事后核查 adds a 失信记录 here.
/// </summary>
internal sealed class CreditRecord
{
    public long Id { get; init; }
    public required string SubjectName { get; init; }
    [Common.Crypto.EncryptedAtRest]
    public required string SubjectId { get; init; }
    public required string SubjectIndex { get; init; }
    public CreditList List { get; init; }
    public required string Reason { get; init; }
    public required string DecidedBy { get; init; }
    public DateOnly DecidedOn { get; init; }
    public DateOnly? ValidUntil { get; init; }
    /// <summary>Where it came from: 批量导入, or the 事后核查 of a case.</summary>
    public required string Source { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>In force on a day: decided by then and not yet expired.</summary>
    public bool InForceOn(DateOnly day) => DecidedOn <= day && (ValidUntil is null || ValidUntil >= day);

    public Dictionary<string, string?> Fields() => new()
    {
        ["subjectName"] = SubjectName, ["subjectId"] = SubjectId, ["list"] = List.Label(), ["reason"] = Reason, ["decidedBy"] = DecidedBy,
        ["decidedOn"] = DecidedOn.ToString("yyyy-MM-dd"), ["validUntil"] = ValidUntil?.ToString("yyyy-MM-dd") ?? "长期", ["source"] = Source,
    };
}

internal static class CreditListNames
{
    public static string Label(this CreditList l) => l switch { CreditList.Red => "红名单", CreditList.Black => "黑名单", _ => "失信记录" };

    public static CreditList? Parse(string s) => s.Trim() switch { "红名单" => CreditList.Red, "黑名单" => CreditList.Black, "失信记录" => CreditList.Dishonest, _ => null };
}
