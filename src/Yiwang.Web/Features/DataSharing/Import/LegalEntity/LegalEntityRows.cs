using System.Globalization;
using Yiwang.Web.Common.Identity;

namespace Yiwang.Web.Features.DataSharing.Import.LegalEntity;

/// <summary>法人库: an organisation by 统一社会信用代码 (checked against GB 32100), updated when already there.</summary>
internal sealed class LegalEntityRows : ILibraryRows
{
    public BaseLibrary Library => BaseLibrary.LegalEntity;
    public IReadOnlyList<string> Columns { get; } = ["统一社会信用代码", "名称", "类型", "法定代表人", "法定代表人身份证号码", "住所", "注册资本（万元）", "成立日期", "登记状态", "登记机关", "所在地区划代码"];
    public bool Required(string column) => column is "统一社会信用代码" or "名称" or "类型" or "法定代表人" or "住所" or "登记状态";

    public void Read(LibraryRow r)
    {
        var code = r.Cell("统一社会信用代码").ToUpperInvariant();
        if (UnifiedSocialCreditCode.Validate(code) is { } p) r.Fail("统一社会信用代码", p);
        else r.Duplicate("统一社会信用代码", code);
        foreach (var c in new[] { "名称", "类型", "法定代表人", "住所" }) r.Need(c);
        var status = r.Cell("登记状态");
        if (!LegalEntityRecord.Statuses.Contains(status)) r.Fail("登记状态", $"登记状态应为：{string.Join("、", LegalEntityRecord.Statuses)}");
        decimal? capital = null;
        if (r.Cell("注册资本（万元）") is { Length: > 0 } cap)
        {
            if (decimal.TryParse(cap, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0) capital = v;
            else r.Fail("注册资本（万元）", "注册资本应为不小于0的数字（万元）");
        }
        var repId = ResidentIdNumber.Normalize(r.Cell("法定代表人身份证号码"));
        if (repId.Length > 0 && ResidentIdNumber.Validate(repId) is { } rp) r.Fail("法定代表人身份证号码", rp);
        var established = r.OptionalDate("成立日期");
        var division = r.Division("所在地区划代码");
        if (r.Wrong) return;
        var import = r.Import;
        var (name, kind, rep, address, authority, now) = (r.Cell("名称"), r.Cell("类型"), r.Cell("法定代表人"), r.Cell("住所"), LibraryRow.Blank(r.Cell("登记机关")), import.Now);
        var (repIdNumber, repIndex) = repId.Length > 0 ? (repId, import.Protector.BlindIndex(repId)) : ((string?)null, (string?)null);
        import.Upsert(import.Db.LegalEntityRecords, x => x.CreditCode, code, () => new LegalEntityRecord
        {
            CreditCode = code, Name = name, Kind = kind, LegalRepresentative = rep, Address = address, Status = status, CreatedAt = now,
        }, x =>
        {
            x.Name = name; x.Kind = kind; x.LegalRepresentative = rep; x.Address = address;
            x.LegalRepresentativeIdNumber = repIdNumber; x.LegalRepresentativeIdIndex = repIndex; x.Capital = capital; x.EstablishedOn = established;
            x.Status = status; x.Authority = authority; x.DivisionCode = division; x.UpdatedAt = now;
        });
    }
}
