using Yiwang.Web.Common.Identity;

namespace Yiwang.Web.Features.DataSharing.Import.Credit;

/// <summary>信用库: an entry on a list (红名单、黑名单、失信记录) for a person or an organisation; added, an identical one skipped.</summary>
internal sealed class CreditRows : ILibraryRows
{
    public BaseLibrary Library => BaseLibrary.Credit;
    public IReadOnlyList<string> Columns { get; } = ["主体名称", "证件号码", "名单类别", "事由", "认定部门", "认定日期", "有效期至"];
    public bool Required(string column) => column is not "有效期至";

    public void Read(LibraryRow r)
    {
        foreach (var c in new[] { "主体名称", "事由", "认定部门" }) r.Need(c);
        var id = r.Cell("证件号码").ToUpperInvariant();
        if (!ResidentIdNumber.IsValid(id) && UnifiedSocialCreditCode.Validate(id) is not null) r.Fail("证件号码", "证件号码应为有效的身份证号码或统一社会信用代码");
        var list = CreditListNames.Parse(r.Cell("名单类别"));
        if (list is null) r.Fail("名单类别", "名单类别应为：红名单、黑名单、失信记录");
        var decided = r.OptionalDate("认定日期");
        if (decided is null && r.Cell("认定日期").Length == 0) r.Fail("认定日期", "请填写认定日期");
        DateOnly? until = r.Cell("有效期至") is "" or "长期" ? null : r.OptionalDate("有效期至");
        if (until < decided) r.Fail("有效期至", "有效期不能早于认定日期");
        if (r.Wrong) return;
        var import = r.Import;
        var (subject, reason, by, now) = (r.Cell("主体名称"), r.Cell("事由"), r.Cell("认定部门"), import.Now);
        var index = import.Protector.BlindIndex(id);
        if (r.Duplicate("证件号码", $"{index}|{list}|{decided}|{reason}")) return;
        import.Queue(() =>
        {
            if (import.Db.CreditRecords.Any(x => x.SubjectIndex == index && x.List == list && x.DecidedOn == decided && x.Reason == reason)) return;
            import.Db.CreditRecords.Add(new CreditRecord
            {
                SubjectName = subject, SubjectId = id, SubjectIndex = index, List = list!.Value, Reason = reason, DecidedBy = by, DecidedOn = decided!.Value,
                ValidUntil = until, Source = "批量导入", CreatedAt = now,
            });
            import.CountAdded();
        });
    }
}
