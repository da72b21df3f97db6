namespace Yiwang.Web.Features.Accounts.LegalPersons;

/// <summary>
/// 经办人授权: a legal person's representative lets a natural person apply in the company's name, for
/// one item or for all (ItemCode null), until revoked. Grants are kept after revocation (the record).
/// </summary>
internal sealed class AgentGrant
{
    public long Id { get; init; }
    public Guid CompanyAccountId { get; init; }
    public Guid AgentAccountId { get; init; }
    /// <summary>The item the agent may apply for; null: every item.</summary>
    public string? ItemCode { get; init; }
    public required string GrantedBy { get; init; }
    public DateTimeOffset GrantedAt { get; init; }
    public string? RevokedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool Active => RevokedAt is null;

    public bool Covers(string itemCode) => Active && (ItemCode is null || ItemCode == itemCode);

    public void Revoke(string by, DateTimeOffset at)
    {
        if (!Active) return;
        (RevokedBy, RevokedAt) = (by, at);
    }
}
