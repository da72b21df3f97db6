using System.Globalization;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Licences.Decisions;

internal enum DecisionDocumentStatus { Valid, Recalled, Revoked }

/// <summary>
/// 决定书: the written decision on a case (准予/不予), issued with the decision in the same unit of
/// work and signed by the deciding department's electronic seal like a licence. A decision recalled
/// before delivery leaves its document on record as 已撤回; a grant revoked (a false 告知承诺) as 已撤销.
/// </summary>
internal sealed class DecisionDocument : ISealedDocument
{
    public Guid Id { get; init; }
    /// <summary>文书编号: JD + the case number's digits + the decision's sequence on the case.</summary>
    public required string Number { get; init; }
    public long CaseId { get; init; }
    public required string CaseNumber { get; init; }
    public required string Title { get; init; }
    public required string ItemName { get; init; }
    public required string ApplicantName { get; init; }
    /// <summary>A person's name is masked on the public verification page; an organisation's is not.</summary>
    public HolderKind ApplicantKind { get; init; }
    public Decision Decision { get; init; }
    public required string Reason { get; init; }
    public DateOnly SubmittedOn { get; init; }
    /// <summary>The item's 办理结果, and the licence number when the grant issued one.</summary>
    public string? ResultName { get; init; }
    public string? LicenceNumber { get; init; }
    public int IssuerDepartmentId { get; init; }
    public required string IssuerName { get; init; }
    public DateOnly DecidedOn { get; init; }
    public int SealId { get; init; }
    public string Signature { get; set; } = "";
    public DecisionDocumentStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTimeOffset IssuedAt { get; init; }

    public static string TitleOf(bool licensing, Decision decision) =>
        (decision == Decision.Grant ? "准予" : "不予") + (licensing ? "行政许可决定书" : "办理决定书");

    public byte[] SignedData() => CanonicalJson.Bytes(new
    {
        Id, Number, CaseNumber, Title, ItemName, ApplicantName, ApplicantKind = ApplicantKind.ToString(), Decision = Decision.ToString(), Reason, ResultName, LicenceNumber, IssuerName,
        SubmittedOn = SubmittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DecidedOn = DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });

    public void Sign(byte[] sealPrivateKey) => Signature = SealedDocuments.Sign(sealPrivateKey, this);

    public void Recall() => (Status, StatusReason) = (DecisionDocumentStatus.Recalled, "审批决定已撤回");

    public void Revoke(string reason) => (Status, StatusReason) = (DecisionDocumentStatus.Revoked, reason);

    /// <summary>The body of the document, as printed.</summary>
    public IReadOnlyList<string> Paragraphs()
    {
        var what = Title.Contains("行政许可", StringComparison.Ordinal) ? "行政许可" : "办理";
        var list = new List<string>
        {
            $"你（单位）于{SubmittedOn.Year}年{SubmittedOn.Month}月{SubmittedOn.Day}日提出的“{ItemName}”申请（办件编号 {CaseNumber}），经审查，" +
                (Decision == Decision.Grant ? $"符合法定条件、标准，本机关决定准予{what}。" : $"本机关决定不予{what}。"),
            $"理由：{Reason.TrimEnd('。')}。",
        };
        if (Decision == Decision.Grant && ResultName is { } result)
            list.Add($"办理结果：{result}" + (LicenceNumber is { } n ? $"（电子证照编号 {n}，可在“我的卡包”中查看、出示和核验）。" : "。"));
        if (Decision == Decision.Deny)
            list.Add("如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。");
        list.Add($"本决定书由{IssuerName}电子印章（SM2）签章，与纸质文书具有同等效力。扫描二维码或访问核验地址可验证真伪。");
        return list;
    }
}

internal static class DecisionDocumentNames
{
    public static string Label(this DecisionDocumentStatus s) => s switch
    {
        DecisionDocumentStatus.Valid => "有效", DecisionDocumentStatus.Recalled => "已撤回", _ => "已撤销",
    };
}
