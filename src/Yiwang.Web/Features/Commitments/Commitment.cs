using Yiwang.Web.Common.Crypto;

namespace Yiwang.Web.Features.Commitments;

/// <summary>Where a commitment's 事后核查 stands.</summary>
internal enum PostCheckStatus
{
    /// <summary>The case is not decided yet: nothing to check.</summary>
    AwaitingDecision,
    /// <summary>Granted on the commitment: the department must check it by the due day.</summary>
    Open,
    /// <summary>Checked: the commitment was true.</summary>
    Confirmed,
    /// <summary>Checked: the commitment was false (recorded in the 信用库; the grant may be revoked).</summary>
    False,
    /// <summary>The case ended without a grant: nothing to check.</summary>
    Cancelled,
}

/// <summary>
/// 告知承诺: the applicant's signed promise (承诺书) standing in for a material an item allows to be
/// replaced by commitment (trust level D), and the 事后核查 the department owes once it has granted on it.
/// The letter's text, case, material, signer and time are fixed by an SM3 digest when it is signed.
/// </summary>
internal sealed class Commitment
{
    /// <summary>Working days the department has to check a commitment after granting on it.</summary>
    public const int CheckWithinWorkingDays = 20;
    /// <summary>How long a false commitment stays on the 失信记录 (years).</summary>
    public const int CreditRecordYears = 3;

    public long Id { get; init; }
    public long CaseId { get; init; }
    public required string CaseNumber { get; init; }
    public int DepartmentId { get; init; }
    public required string ItemName { get; init; }
    public required string MaterialName { get; init; }
    public Guid ApplicantId { get; init; }
    public required string ApplicantName { get; init; }
    public required string Text { get; init; }
    public DateTimeOffset SignedAt { get; init; }
    public required string SignedBy { get; init; }
    public required string Digest { get; init; }
    public PostCheckStatus Status { get; private set; }
    public DateOnly? CheckDue { get; private set; }
    public DateTimeOffset? CheckedAt { get; private set; }
    public string? CheckedBy { get; private set; }
    public string? Finding { get; private set; }
    public bool GrantRevoked { get; private set; }

    public static Commitment Sign(long caseId, string caseNumber, int departmentId, string itemName, string material, Guid applicant, string applicantName,
        string signedBy, DateTimeOffset at)
    {
        var text = LetterText(itemName, material);
        return new Commitment
        {
            CaseId = caseId, CaseNumber = caseNumber, DepartmentId = departmentId, ItemName = itemName, MaterialName = material, ApplicantId = applicant,
            ApplicantName = applicantName, Text = text, SignedAt = at, SignedBy = signedBy,
            Digest = Convert.ToHexStringLower(CanonicalJson.Digest(new { caseNumber, material, text, applicant, signedBy, at = at.ToUnixTimeMilliseconds() })),
        };
    }

    /// <summary>The 承诺书 wording (告知承诺制 standard text) for one material of one item.</summary>
    public static string LetterText(string itemName, string material) =>
        $"本人（本单位）已知悉审批部门一次性告知的“{itemName}”全部审批条件和“{material}”的材料要求，现郑重承诺：已经具备相应条件，以本承诺书代替该材料，" +
        "所作承诺真实、准确、完整。本人（本单位）同意审批部门在作出决定后进行核查；如有虚假承诺，愿意承担相应法律责任，接受撤销审批决定，虚假承诺情况记入信用档案。";

    /// <summary>The case was granted: the check is due a set number of working days later.</summary>
    public void Granted(DateOnly due)
    {
        if (Status != PostCheckStatus.AwaitingDecision) return;
        (Status, CheckDue) = (PostCheckStatus.Open, due);
    }

    /// <summary>The case ended without a grant (denied, refused, withdrawn): nothing to check.</summary>
    public void Cancel()
    {
        if (Status == PostCheckStatus.AwaitingDecision) Status = PostCheckStatus.Cancelled;
    }

    /// <summary>A decision recalled before delivery: the commitment waits for the new decision.</summary>
    public void Reopen()
    {
        if (Status is PostCheckStatus.Open or PostCheckStatus.Cancelled) (Status, CheckDue) = (PostCheckStatus.AwaitingDecision, null);
    }

    public void Check(bool truthful, string finding, bool revokeGrant, string by, DateTimeOffset at)
    {
        if (Status != PostCheckStatus.Open) throw new InvalidOperationException("只有待核查的承诺可以核查");
        (Status, Finding, CheckedBy, CheckedAt, GrantRevoked) = (truthful ? PostCheckStatus.Confirmed : PostCheckStatus.False, finding, by, at, !truthful && revokeGrant);
    }

    public bool OverdueOn(DateOnly day) => Status == PostCheckStatus.Open && CheckDue < day;
}

internal static class PostCheckNames
{
    public static string Label(this PostCheckStatus s) => s switch
    {
        PostCheckStatus.AwaitingDecision => "待审批决定", PostCheckStatus.Open => "待核查", PostCheckStatus.Confirmed => "核查属实",
        PostCheckStatus.False => "承诺不实", _ => "无需核查",
    };
}
