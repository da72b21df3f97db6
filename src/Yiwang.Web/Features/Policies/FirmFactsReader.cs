using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;
using Yiwang.Web.Features.DataSharing;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Policies;

/// <summary>
/// Builds firms' fact sheets (一企一档) from the libraries, many firms at a time: the 法人库 records of
/// firms in business, their last completed year in the 企业经营数据库 (and the year before, for growth),
/// serious 信用库 entries in force, valid licences, and cases granted to their accounts. Each read of
/// the shared libraries is audited by the caller (<see cref="DataUses"/>).
/// </summary>
internal sealed class FirmFactsReader(YiwangDb db, PersonalDataProtector protector)
{
    public const string ParkAddress = "张家界高新技术产业开发区";

    /// <summary>Every firm in business (or the one named), with its facts as of <paramref name="on"/>.</summary>
    public async Task<List<FactSheet>> ReadAsync(DateOnly on, string? creditCode, CancellationToken ct)
    {
        var firms = await db.LegalEntityRecords.AsNoTracking()
            .Where(r => (r.Status == "存续" || r.Status == "在业") && (creditCode == null || r.CreditCode == creditCode))
            .Select(r => new { r.CreditCode, r.Name, r.EstablishedOn, r.Capital, r.DivisionCode, r.Address, r.UpdatedAt }).ToListAsync(ct);
        if (firms.Count == 0) return [];
        var codes = creditCode is null ? null : new[] { creditCode };
        var year = on.Year - 1;
        var data = (await db.EnterpriseDataRecords.AsNoTracking().Where(r => r.Year >= year - 1 && r.Year <= year && (codes == null || codes.Contains(r.CreditCode))).ToListAsync(ct))
            .ToLookup(r => r.CreditCode);
        var counties = (await db.Divisions.AsNoTracking().Where(d => d.Level == DivisionLevel.County).Select(d => new { d.Code, d.Name }).ToListAsync(ct))
            .ToDictionary(d => d.Code[..6], d => d.Name);
        var indexes = firms.ToDictionary(f => f.CreditCode, f => protector.BlindIndex(f.CreditCode));
        var wanted = creditCode is null ? null : indexes.Values.ToList();
        var serious = (await SeriousCredit(db, on)
                .Where(r => wanted == null || wanted.Contains(r.SubjectIndex))
                .Select(r => r.SubjectIndex).ToListAsync(ct)).ToHashSet();
        var licences = (await ValidLicences(db, on)
                .Where(l => wanted == null || wanted.Contains(l.HolderIndex))
                .GroupBy(l => l.HolderIndex).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key, g => g.Count);
        var granted = (await (from c in db.Cases.AsNoTracking()
                              join a in db.Users.AsNoTracking() on c.ApplicantId equals a.Id
                              where a.CreditCode != null && c.Decision == Cases.Decision.Grant && (codes == null || codes.Contains(a.CreditCode))
                              group c by a.CreditCode into g
                              select new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(g => g.Key!, g => g.Count);

        var sheets = new List<FactSheet>(firms.Count);
        foreach (var f in firms)
        {
            var values = new double[FirmFacts.Width];
            var sources = new FactSource?[FirmFacts.Width];
            var registered = new FactSource(FirmFacts.LegalEntities, Common.Time.ChinaTime.Date(f.UpdatedAt));
            values[0] = on.DayNumber;
            sources[0] = new FactSource(FirmFacts.Calculation, on);
            if (f.EstablishedOn is { } est) (values[1], sources[1]) = (est.DayNumber, registered);
            if (f.Capital is { } cap) (values[2], sources[2]) = ((double)Math.Round(cap * 1_000_000m), registered);
            if (f.DivisionCode is { Length: >= 6 } div && counties.TryGetValue(div[..6], out var county)) (values[3], sources[3]) = (Common.Rules.RuleSymbols.Id(county), registered);
            (values[4], sources[4]) = (f.Address.Contains(ParkAddress, StringComparison.Ordinal) ? 1 : 0, registered);
            var years = data[f.CreditCode].ToList();
            if (years.FirstOrDefault(r => r.Year == year) is { } d)
            {
                var asOf = new FactSource(FirmFacts.EnterpriseData, new DateOnly(d.Year, 12, 31));
                var prev = years.FirstOrDefault(r => r.Year == year - 1);
                (values[5], values[6], values[7]) = (Common.Rules.RuleSymbols.Id(Division(d.IndustryCode)), Common.Rules.RuleSymbols.Id(d.IndustryCode[..1]), d.Employees);
                (values[8], values[10], values[11]) = ((double)(d.Revenue * 1_000_000m), (double)(d.TaxPaid * 1_000_000m), (double)(d.RdSpend * 1_000_000m));
                values[9] = prev is { Revenue: > 0 } ? (double)((d.Revenue - prev.Revenue) / prev.Revenue) : 0;
                (values[12], values[13]) = (d.HighTech ? 1 : 0, d.Specialized ? 1 : 0);
                for (var s = 5; s <= 13; s++) sources[s] = asOf;
            }
            var index = indexes[f.CreditCode];
            (values[14], sources[14]) = (serious.Contains(index) ? 0 : 1, new FactSource(FirmFacts.Credit, on));
            (values[15], sources[15]) = (licences.GetValueOrDefault(index), new FactSource(FirmFacts.Licences, on));
            (values[16], sources[16]) = (granted.GetValueOrDefault(f.CreditCode), new FactSource(FirmFacts.Cases, on));
            sheets.Add(new FactSheet(f.CreditCode, f.Name, values, sources));
        }
        return sheets;
    }

    /// <summary>无严重失信记录 is the absence of these: 信用库 entries other than the red list, in force on the day.</summary>
    public static IQueryable<CreditRecord> SeriousCredit(YiwangDb db, DateOnly on) =>
        db.CreditRecords.AsNoTracking().Where(r => r.List != CreditList.Red && r.DecidedOn <= on && (r.ValidUntil == null || r.ValidUntil >= on));

    /// <summary>有效电子证照: valid and not expired on the day.</summary>
    public static IQueryable<Licences.Licence> ValidLicences(YiwangDb db, DateOnly on) =>
        db.Licences.AsNoTracking().Where(l => l.Status == Licences.LicenceStatus.Valid && (l.ValidUntil == null || l.ValidUntil >= on));

    /// <summary>The 大类 of an industry code: its letter and first two digits (C3911 → C39).</summary>
    public static string Division(string industryCode) => industryCode.Length >= 3 ? industryCode[..3] : industryCode;
}
