using Yiwang.Web.Common.Identity;

namespace Yiwang.Web.Features.DataSharing.Import.Population;

/// <summary>人口库: a person by ID number (checked against GB 11643), updated when already there.</summary>
internal sealed class PopulationRows : ILibraryRows
{
    public BaseLibrary Library => BaseLibrary.Population;
    public IReadOnlyList<string> Columns { get; } = ["姓名", "身份证号码", "民族", "户籍地址", "手机号码", "户籍地区划代码"];
    public bool Required(string column) => column is "姓名" or "身份证号码";

    public void Read(LibraryRow r)
    {
        r.Need("姓名");
        var id = ResidentIdNumber.Normalize(r.Cell("身份证号码"));
        if (ResidentIdNumber.Validate(id) is { } p) r.Fail("身份证号码", p);
        else r.Duplicate("身份证号码", id);
        var phone = r.Cell("手机号码");
        if (phone.Length > 0 && PhoneNumber.Validate(phone) is { } pp) r.Fail("手机号码", pp);
        var division = r.Division("户籍地区划代码");
        if (r.Wrong) return;
        var import = r.Import;
        var (name, ethnicity, address, index, now) = (r.Cell("姓名"), r.Cell("民族"), r.Cell("户籍地址"), import.Protector.BlindIndex(id), import.Now);
        import.Upsert(import.Db.PersonRecords, x => x.IdNumberIndex, index, () => new PersonRecord
        {
            Name = name, IdNumber = id, IdNumberIndex = index, Gender = ResidentIdNumber.Gender(id), BirthDate = ResidentIdNumber.BirthDate(id), CreatedAt = now,
        }, x =>
        {
            x.Name = name; x.Ethnicity = LibraryRow.Blank(ethnicity); x.Address = LibraryRow.Blank(address); x.Phone = LibraryRow.Blank(phone);
            x.DivisionCode = division; x.UpdatedAt = now;
        });
    }
}
