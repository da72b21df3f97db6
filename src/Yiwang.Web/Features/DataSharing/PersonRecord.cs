namespace Yiwang.Web.Features.DataSharing;

/// <summary>人口库: one resident. ID number, address and phone are encrypted; the ID number is found by its keyed hash.</summary>
internal sealed class PersonRecord
{
    public long Id { get; init; }
    public required string Name { get; set; }
    [Common.Crypto.EncryptedAtRest]
    public required string IdNumber { get; set; }
    public required string IdNumberIndex { get; set; }
    public required string Gender { get; set; }
    public DateOnly BirthDate { get; set; }
    public string? Ethnicity { get; set; }
    [Common.Crypto.EncryptedAtRest]
    public string? Address { get; set; }
    [Common.Crypto.EncryptedAtRest]
    public string? Phone { get; set; }
    public string? DivisionCode { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Dictionary<string, string?> Fields() => new()
    {
        ["name"] = Name, ["idNumber"] = IdNumber, ["gender"] = Gender, ["birthDate"] = BirthDate.ToString("yyyy-MM-dd"), ["ethnicity"] = Ethnicity,
        ["address"] = Address, ["phone"] = Phone, ["divisionCode"] = DivisionCode,
    };
}
