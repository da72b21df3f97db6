#if BENCH_ENDPOINTS
using Yiwang.Web.Data;
using Yiwang.Web.Features.DataSharing;

namespace Yiwang.Web.Common.Http;

/// <summary>Generated firms for bench/policies.sh: 法人库 records and two years of 企业经营数据 each (most small, a few large).</summary>
internal static class BenchFirms
{
    private static readonly string[] Industries = ["C3911", "C1351", "F5291", "H6110", "H6210", "L7291", "I6513", "A0141", "G5411", "M7320", "R8810"];
    private static readonly string[] Divisions = ["430802004000", "430802005000", "430811001000", "430821001000", "430822100000"];

    public static async Task<int> SeedAsync(YiwangDb db, int count, DateTimeOffset now, CancellationToken ct)
    {
        var rnd = new Random(4754);
        var last = Time.ChinaTime.Date(now).Year - 1;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < count; i++)
        {
            var code = Data.Seed.DemoData.WithCreditCheck($"91430800BF{i:D6}"); // 16 characters: the helper adds the two check characters
            db.LegalEntityRecords.Add(new LegalEntityRecord
            {
                CreditCode = code, Name = $"张家界测试企业{i:D6}有限公司", Kind = "有限责任公司", LegalRepresentative = "测试", Status = "存续",
                Address = i % 10 == 0 ? "张家界市永定区张家界高新技术产业开发区创业大道" + i : "张家界市永定区解放路" + i, Capital = rnd.Next(10, 10_000),
                EstablishedOn = new DateOnly(2000 + rnd.Next(0, 26), rnd.Next(1, 13), rnd.Next(1, 29)), DivisionCode = Divisions[rnd.Next(Divisions.Length)], CreatedAt = now, UpdatedAt = now,
            });
            var industry = Industries[rnd.Next(Industries.Length)];
            var employees = Math.Max(1, (int)(Math.Pow(rnd.NextDouble(), 3) * 500));
            var revenue = Math.Round((decimal)(Math.Pow(rnd.NextDouble(), 4) * 10_000), 2);
            foreach (var (year, share) in new[] { (last - 1, 0.9m), (last, 1m) })
                db.EnterpriseDataRecords.Add(new EnterpriseDataRecord
                {
                    Key = EnterpriseDataRecord.KeyOf(code, year), CreditCode = code, Year = year, IndustryCode = industry, Employees = employees, Revenue = Math.Round(revenue * share, 2),
                    TaxPaid = Math.Round(revenue * 0.03m, 2), RdSpend = Math.Round(revenue * (decimal)rnd.NextDouble() * 0.05m, 2), HighTech = rnd.Next(8) == 0, Specialized = rnd.Next(20) == 0,
                    CreatedAt = now, UpdatedAt = now,
                });
            if (i % 2000 == 1999) { await db.SaveChangesAsync(ct); db.ChangeTracker.Clear(); }
        }
        await db.SaveChangesAsync(ct);
        return count;
    }
}
#endif
