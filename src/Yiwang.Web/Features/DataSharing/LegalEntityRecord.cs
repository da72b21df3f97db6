namespace Yiwang.Web.Features.DataSharing;

/// <summary>法人库: one registered legal person or other organisation, keyed by its 统一社会信用代码.</summary>
internal sealed class LegalEntityRecord
{
    public long Id { get; init; }
    public required string CreditCode { get; init; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public required string LegalRepresentative { get; set; }
    /// <summary>法定代表人身份证号码: who may confirm an account's binding to this credit code.</summary>
    [Common.Crypto.EncryptedAtRest]
    public string? LegalRepresentativeIdNumber { get; set; }
    /// <summary>Keyed SM3-HMAC of the representative's ID number, for the claim check without decryption.</summary>
    public string? LegalRepresentativeIdIndex { get; set; }
    public required string Address { get; set; }
    public decimal? Capital { get; set; }
    public DateOnly? EstablishedOn { get; set; }
    /// <summary>登记状态: 存续, 在业, 注销, 吊销.</summary>
    public required string Status { get; set; }
    public string? Authority { get; set; }
    public string? DivisionCode { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static readonly string[] Statuses = ["存续", "在业", "注销", "吊销"];

    public Dictionary<string, string?> Fields() => new()
    {
        ["creditCode"] = CreditCode, ["name"] = Name, ["kind"] = Kind, ["legalRepresentative"] = LegalRepresentative,
        ["legalRepresentativeIdNumber"] = LegalRepresentativeIdNumber, ["address"] = Address,
        ["capital"] = Capital?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["establishedOn"] = EstablishedOn?.ToString("yyyy-MM-dd"),
        ["status"] = Status, ["authority"] = Authority, ["divisionCode"] = DivisionCode,
    };
}
