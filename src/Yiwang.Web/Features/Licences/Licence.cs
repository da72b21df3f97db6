using Yiwang.Web.Common.Crypto;

namespace Yiwang.Web.Features.Licences;

/// <summary>证照类型 (营业执照, 食品经营许可证 …): who holds it, what it records, how long it is valid.</summary>
internal sealed class LicenceType
{
    public int Id { get; init; }
    public required string Code { get; init; }
    /// <summary>The name an item's 办理结果 carries when deciding it issues this licence.</summary>
    public required string Name { get; set; }
    public HolderKind HolderKind { get; set; }
    /// <summary>The form fields of the issuing case that the licence records, by key, with their labels on the licence.</summary>
    public Dictionary<string, string> Fields { get; set; } = [];
    /// <summary>Years of validity; null: long-term (长期).</summary>
    public int? ValidityYears { get; set; }
}

internal enum HolderKind { Person, Organisation }

/// <summary>
/// 电子证照: issued when a case that produces it is decided, signed by the issuing department's
/// electronic seal (SM2 over the SM3 digest of its canonical data). A revoked or replaced licence
/// stays on record and verifies as what it is.
/// </summary>
internal sealed class Licence : ISealedDocument
{
    public Guid Id { get; init; }
    public required string Number { get; init; }
    public required string TypeCode { get; init; }
    public required string TypeName { get; init; }
    public required string HolderName { get; init; }
    public HolderKind HolderKind { get; init; }
    /// <summary>ID number or 统一社会信用代码 (SM4-encrypted at rest).</summary>
    [Common.Crypto.EncryptedAtRest]
    public required string HolderId { get; init; }
    /// <summary>Keyed SM3 hash of the holder's ID, to find a holder's licences without decrypting.</summary>
    public required string HolderIndex { get; init; }
    public Guid? HolderAccountId { get; init; }
    public int IssuerDepartmentId { get; init; }
    public required string IssuerName { get; init; }
    public DateOnly IssuedOn { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public Dictionary<string, string> Fields { get; init; } = [];
    public string? CaseNumber { get; init; }
    public int SealId { get; init; }
    public string Signature { get; set; } = "";
    public LicenceStatus Status { get; private set; } = LicenceStatus.Valid;
    public string? StatusReason { get; private set; }
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>What the seal signs: every fact the licence states, in canonical form.</summary>
    public byte[] SignedData() => CanonicalJson.Bytes(new
    {
        Id, Number, TypeCode, TypeName, HolderName, HolderKind = HolderKind.ToString(), HolderId, IssuerName,
        IssuedOn = IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ValidUntil = ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Fields, CaseNumber,
    });

    /// <summary>Signs the licence's data with a seal's private key.</summary>
    public void Sign(byte[] sealPrivateKey) => Signature = SealedDocuments.Sign(sealPrivateKey, this);

    public void Revoke(string reason) => (Status, StatusReason) = (LicenceStatus.Revoked, reason);

    /// <summary>The licence that replaced this one was voided (its decision recalled): this one is in force again.</summary>
    public void Reinstate() => (Status, StatusReason) = (LicenceStatus.Valid, null);

    /// <summary>换发: a newer licence of the same type for the same holder supersedes this one.</summary>
    public void ReplaceWith(string number) => (Status, StatusReason) = (LicenceStatus.Replaced, $"已换发为 {number}");

    /// <summary>Valid, or why not (revoked, replaced, expired on the given day).</summary>
    public LicenceStatus StatusOn(DateOnly today) => Status == LicenceStatus.Valid && ValidUntil is { } until && until < today ? LicenceStatus.Expired : Status;
}

internal enum LicenceStatus { Valid, Revoked, Replaced, Expired }

/// <summary>电子印章: a department's SM2 key pair; the private key only ever stored SM4-encrypted (key from configuration).</summary>
internal sealed class Seal
{
    public int Id { get; init; }
    public int DepartmentId { get; init; }
    public required string Name { get; init; }
    public required byte[] PublicKey { get; init; }
    public required string EncryptedPrivateKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

internal static class LicenceNames
{
    public static string Label(this LicenceStatus s) => s switch
    {
        LicenceStatus.Valid => "有效",
        LicenceStatus.Revoked => "已注销（吊销）",
        LicenceStatus.Replaced => "已换发",
        _ => "已过期",
    };
}
