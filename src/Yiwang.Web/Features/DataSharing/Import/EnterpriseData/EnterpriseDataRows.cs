using System.Globalization;
using System.Text.RegularExpressions;
using Yiwang.Web.Common.Identity;

namespace Yiwang.Web.Features.DataSharing.Import.EnterpriseData;

/// <summary>企业经营数据库: a firm's figures for a year, by 统一社会信用代码 and 年度; a year already there is updated.</summary>
internal sealed partial class EnterpriseDataRows : ILibraryRows
{
    public BaseLibrary Library => BaseLibrary.EnterpriseData;
    public IReadOnlyList<string> Columns { get; } = ["统一社会信用代码", "年度", "行业代码", "从业人数", "营业收入（万元）", "纳税额（万元）", "研发投入（万元）", "高新技术企业", "专精特新企业"];
    public bool Required(string column) => true;

    public void Read(LibraryRow r)
    {
        var code = r.Cell("统一社会信用代码").ToUpperInvariant();
        if (UnifiedSocialCreditCode.Validate(code) is { } p) r.Fail("统一社会信用代码", p);
        var year = int.TryParse(r.Cell("年度"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : 0;
        if (year == 0) r.Fail("年度", "年度应为四位年份，如 2025");
        else if (!r.Wrong) r.Duplicate("统一社会信用代码", EnterpriseDataRecord.KeyOf(code, year));
        var industry = r.Cell("行业代码").ToUpperInvariant();
        if (!IndustryCode().IsMatch(industry)) r.Fail("行业代码", "行业代码应为国民经济行业分类（GB/T 4754）代码：门类字母加2至4位数字，如 C3911");
        var employees = int.TryParse(r.Cell("从业人数"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (employees < 0) r.Fail("从业人数", "从业人数应为不小于0的整数");
        decimal Amount(string column)
        {
            if (decimal.TryParse(r.Cell(column), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0 && v < 100_000_000) return v;
            r.Fail(column, $"{column[..column.IndexOf('（')]}应为不小于0的数字（万元）");
            return 0;
        }
        var (revenue, tax, rd) = (Amount("营业收入（万元）"), Amount("纳税额（万元）"), Amount("研发投入（万元）"));
        bool? YesNo(string column) => r.Cell(column) switch { "是" => true, "否" => false, _ => Fail(column) };
        bool? Fail(string column) { r.Fail(column, $"{column}应填 是 或 否"); return null; }
        var (highTech, specialized) = (YesNo("高新技术企业"), YesNo("专精特新企业"));
        if (r.Wrong) return;
        var import = r.Import;
        var now = import.Now;
        import.Upsert(import.Db.EnterpriseDataRecords, x => x.Key, EnterpriseDataRecord.KeyOf(code, year), () => new EnterpriseDataRecord
        {
            Key = EnterpriseDataRecord.KeyOf(code, year), CreditCode = code, Year = year, IndustryCode = industry, CreatedAt = now,
        }, x =>
        {
            x.IndustryCode = industry; x.Employees = employees; x.Revenue = revenue; x.TaxPaid = tax; x.RdSpend = rd;
            x.HighTech = highTech!.Value; x.Specialized = specialized!.Value; x.UpdatedAt = now;
        });
    }

    [GeneratedRegex("^[A-T][0-9]{2,4}$")]
    private static partial Regex IndustryCode();
}
