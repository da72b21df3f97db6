using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing.Share;

/// <summary>What a lookup found: the subject as a keyed hash and a masked label, and the matching records' fields.</summary>
internal sealed record LookupResult(string? SubjectIndex, string? Subject, List<Dictionary<string, string?>> Records);

/// <summary>
/// Finds records of a base library by their key: an ID number or credit code through its keyed hash
/// (never the clear value), a licence by its number, an address by its text.
/// </summary>
internal sealed class LibraryLookup(YiwangDb db, PersonalDataProtector protector)
{
    public const int MaxAddresses = 20;

    /// <summary>Why the key cannot name a record of the library (null: it can).</summary>
    public static string? KeyProblem(BaseLibrary library, string key) => library switch
    {
        BaseLibrary.Population => ResidentIdNumber.Validate(key),
        BaseLibrary.LegalEntity => UnifiedSocialCreditCode.Validate(key),
        BaseLibrary.EnterpriseData => UnifiedSocialCreditCode.Validate(key),
        BaseLibrary.Credit => ResidentIdNumber.IsValid(key) ? null : UnifiedSocialCreditCode.Validate(key) is null ? null : "请提供有效的身份证号码或统一社会信用代码",
        BaseLibrary.Geospatial => key.Length < 2 ? "请提供至少2个字的地址" : null,
        _ => key.Length is < 4 or > 40 ? "证照编号应为4至40个字符" : null,
    };

    /// <summary>The keyed hash a person's or organisation's number is logged under, so a refused request is found by it too (null: not such a number).</summary>
    public string? SubjectIndex(BaseLibrary library, string key) =>
        library is BaseLibrary.Population or BaseLibrary.LegalEntity or BaseLibrary.Credit or BaseLibrary.EnterpriseData
            && (ResidentIdNumber.IsValid(key.Trim()) || UnifiedSocialCreditCode.IsValid(key.Trim().ToUpperInvariant()))
            ? protector.BlindIndex(key.Trim().ToUpperInvariant()) : null;

    public async Task<LookupResult> FindAsync(BaseLibrary library, string key, CancellationToken ct)
    {
        key = key.Trim();
        switch (library)
        {
            case BaseLibrary.Population:
            {
                var index = protector.BlindIndex(key);
                var p = await db.PersonRecords.AsNoTracking().SingleOrDefaultAsync(r => r.IdNumberIndex == index, ct);
                return new LookupResult(index, Label(p?.Name, key), p is null ? [] : [p.Fields()]);
            }
            case BaseLibrary.LegalEntity:
            {
                var code = key.ToUpperInvariant();
                var e = await db.LegalEntityRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CreditCode == code, ct);
                return new LookupResult(protector.BlindIndex(code), e is null ? code : $"{e.Name}（{code}）", e is null ? [] : [e.Fields()]);
            }
            case BaseLibrary.Credit:
            {
                var index = protector.BlindIndex(key);
                var list = await db.CreditRecords.AsNoTracking().Where(r => r.SubjectIndex == index).OrderByDescending(r => r.DecidedOn).ToListAsync(ct);
                return new LookupResult(index, Label(list.FirstOrDefault()?.SubjectName, key), list.Select(r => r.Fields()).ToList());
            }
            case BaseLibrary.EnterpriseData:
            {
                var code = key.ToUpperInvariant();
                var years = await db.EnterpriseDataRecords.AsNoTracking().Where(r => r.CreditCode == code).OrderByDescending(r => r.Year).ToListAsync(ct);
                var name = await db.LegalEntityRecords.AsNoTracking().Where(r => r.CreditCode == code).Select(r => r.Name).SingleOrDefaultAsync(ct);
                return new LookupResult(protector.BlindIndex(code), name is null ? code : $"{name}（{code}）", years.Select(r => r.Fields()).ToList());
            }
            case BaseLibrary.Geospatial:
            {
                var list = await db.GeoAddresses.AsNoTracking().Where(a => a.Address.Contains(key)).OrderBy(a => a.Address).Take(MaxAddresses).ToListAsync(ct);
                return new LookupResult(null, key, list.Select(a => a.Fields()).ToList());
            }
            default:
            {
                var l = await db.Licences.AsNoTracking().SingleOrDefaultAsync(x => x.Number == key, ct);
                return new LookupResult(l?.HolderIndex, l is null ? key : $"{l.TypeName}（{l.Number}）", l is null ? [] : [new()
                {
                    ["number"] = l.Number, ["type"] = l.TypeName, ["holderName"] = l.HolderName, ["holderId"] = l.HolderId, ["issuer"] = l.IssuerName,
                    ["issuedOn"] = l.IssuedOn.ToString("yyyy-MM-dd"), ["validUntil"] = l.ValidUntil?.ToString("yyyy-MM-dd") ?? "长期", ["status"] = Licences.LicenceNames.Label(l.Status),
                }]);
            }
        }
    }

    /// <summary>A person or organisation as the log shows it: masked name and number.</summary>
    public static string Label(string? name, string id) => ResidentIdNumber.IsValid(id)
        ? (name is { Length: > 0 } ? Mask.PersonName(name) + " " : "") + Mask.IdNumber(id)
        : (name is { Length: > 0 } ? name + "（" + id.ToUpperInvariant() + "）" : id.ToUpperInvariant());
}
