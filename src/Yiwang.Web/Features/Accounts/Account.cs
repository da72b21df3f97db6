using Microsoft.AspNetCore.Identity;

namespace Yiwang.Web.Features.Accounts;

/// <summary>
/// A person who signs in: staff (scoped to a department and/or hall), a natural person (自然人)
/// or a legal person (法人). ID numbers and phones are encrypted at rest (see YiwangDb).
/// Identity's own PhoneNumber column is never used because it would be plaintext.
/// </summary>
internal sealed class Account : IdentityUser<Guid>
{
    public AccountKind Kind { get; set; }
    /// <summary>Real name of a person or registered name of an entity.</summary>
    public required string DisplayName { get; set; }
    /// <summary>公民身份号码 (natural persons, and the legal representative of a legal person).</summary>
    [Common.Crypto.EncryptedAtRest]
    public string? IdNumber { get; set; }
    /// <summary>Keyed SM3-HMAC of IdNumber, for lookup without decryption.</summary>
    public string? IdNumberIndex { get; set; }
    [Common.Crypto.EncryptedAtRest]
    public string? Phone { get; set; }
    public string? CreditCode { get; set; }
    public string? LegalRepresentative { get; set; }
    public int? DepartmentId { get; set; }
    public int? HallId { get; set; }
    /// <summary>The window a clerk sits at (one of the hall's windows).</summary>
    public int? WindowId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>身份认证等级 of a public account (staff accounts keep L1: they act by role, not by identity).</summary>
    public Assurance.AssuranceLevel Assurance { get; set; } = Accounts.Assurance.AssuranceLevel.L1;
    /// <summary>When the phone was proven by an SMS code sent to it.</summary>
    public DateTimeOffset? PhoneProvenAt { get; set; }
    /// <summary>How the current level was reached (人口库比对, the identity provider, the window clerk who saw the ID card).</summary>
    public string? AssuredBy { get; set; }
    public DateTimeOffset? AssuredAt { get; set; }
    /// <summary>A legal person's representative (an L3 natural person) who confirmed the binding to the credit code.</summary>
    public Guid? RepresentativeAccountId { get; set; }
}

public enum AccountKind { Staff, NaturalPerson, LegalPerson }
