using Yiwang.Web.Common.Blobs;

namespace Yiwang.Web.Features.Cases;

/// <summary>A file uploaded for one of the item's materials; the bytes are in the blob store.</summary>
public sealed class CaseMaterial
{
    public long Id { get; init; }
    public long CaseId { get; init; }
    public required string MaterialName { get; init; }
    public required string FileName { get; init; }
    public FileKind Kind { get; init; }
    public long Size { get; init; }
    public required string BlobKey { get; init; }
    public required string Sha256 { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
    /// <summary>补正: the round of the supplement notice it was given for (0: given with the application).</summary>
    public int SupplementRound { get; init; }
    public required string UploadedBy { get; init; }
    /// <summary>How far the material can be trusted (A: an issued electronic licence, used directly; C: uploaded by the applicant).</summary>
    public MaterialTrust Trust { get => _trust; init => _trust = value; }
    private MaterialTrust _trust = MaterialTrust.C;
    /// <summary>The electronic licence it was drawn from (免证办); its file is the licence's own document.</summary>
    public Guid? LicenceId { get; init; }

    /// <summary>The window compared it with the original: C becomes B (others stay as they are).</summary>
    public bool VerifyOriginal()
    {
        if (_trust != MaterialTrust.C) return false;
        _trust = MaterialTrust.B;
        return true;
    }
}

/// <summary>材料可信等级.</summary>
public enum MaterialTrust
{
    /// <summary>A: issued by the agency with its electronic seal, used directly.</summary>
    A,
    /// <summary>B: verified against the original at a window, reusable.</summary>
    B,
    /// <summary>C: uploaded by the applicant; the original must be checked.</summary>
    C,
    /// <summary>D: made by the applicant under a written promise (告知承诺).</summary>
    D,
}

internal static class MaterialTrustNames
{
    public static string Label(this MaterialTrust t) => t switch
    {
        MaterialTrust.A => "A级：电子证照，直接使用",
        MaterialTrust.B => "B级：窗口已核验",
        MaterialTrust.C => "C级：申请人上传，需核对原件",
        _ => "D级：告知承诺",
    };
}
