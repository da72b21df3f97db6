using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// 企业经营数据 (一企一档): one firm's figures for one year, as its owning department (经信) collects them
/// from statistics and tax: industry (GB/T 4754), employees, revenue, tax paid, R&amp;D spend, and its
/// 高新技术企业 / 专精特新 status. Amounts in 万元, as the statistics report them.
/// </summary>
internal sealed class EnterpriseDataRecord
{
    public long Id { get; init; }
    /// <summary>"{credit code}:{year}": one record per firm and year.</summary>
    public required string Key { get; init; }
    public required string CreditCode { get; init; }
    public int Year { get; init; }
    /// <summary>国民经济行业分类 code, e.g. C3911 (门类 letter, then 大类 two digits, …).</summary>
    public required string IndustryCode { get; set; }
    public int Employees { get; set; }
    public decimal Revenue { get; set; }
    public decimal TaxPaid { get; set; }
    public decimal RdSpend { get; set; }
    public bool HighTech { get; set; }
    public bool Specialized { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static string KeyOf(string creditCode, int year) => $"{creditCode}:{year}";

    public Dictionary<string, string?> Fields() => new()
    {
        ["creditCode"] = CreditCode, ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["industryCode"] = IndustryCode,
        ["employees"] = Employees.ToString(System.Globalization.CultureInfo.InvariantCulture), ["revenue"] = Revenue.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        ["taxPaid"] = TaxPaid.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), ["rdSpend"] = RdSpend.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        ["highTech"] = HighTech ? "是" : "否", ["specialized"] = Specialized ? "是" : "否",
    };
}

/// <summary>EF mapping of <see cref="EnterpriseDataRecord"/>.</summary>
internal sealed class EnterpriseDataRecordConfiguration : IEntityTypeConfiguration<EnterpriseDataRecord>
{
    public void Configure(EntityTypeBuilder<EnterpriseDataRecord> e)
    {
        e.HasIndex(x => x.Key).IsUnique();
        e.HasIndex(x => new { x.CreditCode, x.Year });
        e.Property(x => x.Key).HasMaxLength(32);
        e.Property(x => x.CreditCode).HasMaxLength(18);
        e.Property(x => x.IndustryCode).HasMaxLength(8);
        e.Property(x => x.Revenue).HasPrecision(18, 2);
        e.Property(x => x.TaxPaid).HasPrecision(18, 2);
        e.Property(x => x.RdSpend).HasPrecision(18, 2);
    }
}
