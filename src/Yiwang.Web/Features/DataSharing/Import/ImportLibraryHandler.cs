using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Web.Features.DataSharing.Import;

public sealed record LibraryImportResult(string Library, int Added, int Updated);

/// <summary>
/// 数据归集: a bulk load of one base library from a .csv or .xlsx table (header row of the column names
/// below). Every row is checked first; one wrong row and nothing is written (errors keyed rows[n].列名).
/// People, organisations and addresses already there are updated; credit entries are added (an identical
/// one is skipped). The library's owner department (or the system admin) imports.
/// </summary>
public sealed class ImportLibraryHandler(YiwangDb db, PersonalDataProtector protector, UnitOfWork unitOfWork, AuditLog audit, TimeProvider clock, LegalEntityCache legalEntities)
{
    public static IReadOnlyList<string> Columns(BaseLibrary library) => library switch
    {
        BaseLibrary.Population => ["姓名", "身份证号码", "民族", "户籍地址", "手机号码", "户籍地区划代码"],
        BaseLibrary.LegalEntity => ["统一社会信用代码", "名称", "类型", "法定代表人", "住所", "注册资本（万元）", "成立日期", "登记状态", "登记机关", "所在地区划代码"],
        BaseLibrary.Credit => ["主体名称", "证件号码", "名单类别", "事由", "认定部门", "认定日期", "有效期至"],
        BaseLibrary.Geospatial => ["标准地址", "行政区划代码", "经度", "纬度"],
        _ => Licences.Import.ImportLicencesHandler.Columns,
    };

    public static bool MayImport(ClaimsPrincipal user, LibraryInfo library, string? departmentName) =>
        user.Meets(Policy.PlatformAdmin) || (user.Meets(Policy.DepartmentAdmin) && departmentName == library.Owner);

    public async Task<Outcome<LibraryImportResult>> HandleAsync(BaseLibrary library, Stream file, string? fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var info = library.Info();
        var mine = user.DepartmentId() is { } d ? await db.Departments.AsNoTracking().Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        if (!MayImport(user, info, mine)) return Outcome<LibraryImportResult>.Forbidden($"{info.Name}由{info.Owner}归集，只有该部门管理员或系统管理员可以导入");
        var rows = Spreadsheet.Rows(file, fileName);
        if (rows is null) return Outcome<LibraryImportResult>.Invalid("file", $"请上传 .csv 或 .xlsx 文件（首行为列名：{string.Join("、", Columns(library))}）");
        if (rows.Count == 0) return Outcome<LibraryImportResult>.Invalid("file", "文件中没有数据行");
        var missing = Columns(library).Where(c => !rows[0].Cells.ContainsKey(c) && Required(library, c)).ToList();
        if (missing.Count > 0) return Outcome<LibraryImportResult>.Invalid("file", $"缺少列：{string.Join("、", missing)}");

        var divisions = (await db.Divisions.AsNoTracking().Select(x => x.Code).ToListAsync(ct)).ToHashSet();
        var errors = new Dictionary<string, string[]>();
        var now = clock.GetUtcNow();
        var (added, updated) = (0, 0);
        var seen = new HashSet<string>();
        var parsed = new List<Action>();
        foreach (var (row, cells) in rows)
        {
            string Cell(string c) => cells.GetValueOrDefault(c)?.Trim() ?? "";
            void Fail(string column, string message) => errors[$"rows[{row}].{column}"] = [$"第 {row} 行：{message}"];
            void Need(string column) { if (Cell(column).Length == 0) Fail(column, $"请填写{column}"); }
            string? Division(string column)
            {
                var code = Cell(column);
                if (code.Length == 0) return null;
                if (!divisions.Contains(code)) Fail(column, $"行政区划代码 {code} 不在本市区划中");
                return code;
            }
            bool Duplicate(string column, string key)
            {
                if (seen.Add(key)) return false;
                Fail(column, $"{column}在文件中重复");
                return true;
            }
            var before = errors.Count;
            switch (library)
            {
                case BaseLibrary.Population:
                {
                    Need("姓名");
                    var id = ResidentIdNumber.Normalize(Cell("身份证号码"));
                    if (ResidentIdNumber.Validate(id) is { } p) Fail("身份证号码", p);
                    else Duplicate("身份证号码", id);
                    var phone = Cell("手机号码");
                    if (phone.Length > 0 && PhoneNumber.Validate(phone) is { } pp) Fail("手机号码", pp);
                    var division = Division("户籍地区划代码");
                    if (errors.Count > before) break;
                    var (name, ethnicity, address, index) = (Cell("姓名"), Cell("民族"), Cell("户籍地址"), protector.BlindIndex(id));
                    parsed.Add(() => Upsert(db.PersonRecords, r => r.IdNumberIndex == index, () => new PersonRecord
                    {
                        Name = name, IdNumber = id, IdNumberIndex = index, Gender = ResidentIdNumber.Gender(id), BirthDate = ResidentIdNumber.BirthDate(id),
                        CreatedAt = now,
                    }, r =>
                    {
                        r.Name = name; r.Ethnicity = Blank(ethnicity); r.Address = Blank(address); r.Phone = Blank(phone); r.DivisionCode = division; r.UpdatedAt = now;
                    }));
                    break;
                }
                case BaseLibrary.LegalEntity:
                {
                    var code = Cell("统一社会信用代码").ToUpperInvariant();
                    if (UnifiedSocialCreditCode.Validate(code) is { } p) Fail("统一社会信用代码", p);
                    else Duplicate("统一社会信用代码", code);
                    foreach (var c in new[] { "名称", "类型", "法定代表人", "住所" }) Need(c);
                    var status = Cell("登记状态");
                    if (!LegalEntityRecord.Statuses.Contains(status)) Fail("登记状态", $"登记状态应为：{string.Join("、", LegalEntityRecord.Statuses)}");
                    decimal? capital = null;
                    if (Cell("注册资本（万元）") is { Length: > 0 } cap)
                    {
                        if (decimal.TryParse(cap, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0) capital = v;
                        else Fail("注册资本（万元）", "注册资本应为不小于0的数字（万元）");
                    }
                    var established = OptionalDate(Cell("成立日期"), "成立日期", Fail);
                    var division = Division("所在地区划代码");
                    if (errors.Count > before) break;
                    var (name, kind, rep, address, authority) = (Cell("名称"), Cell("类型"), Cell("法定代表人"), Cell("住所"), Blank(Cell("登记机关")));
                    parsed.Add(() => Upsert(db.LegalEntityRecords, r => r.CreditCode == code, () => new LegalEntityRecord
                    {
                        CreditCode = code, Name = name, Kind = kind, LegalRepresentative = rep, Address = address, Status = status, CreatedAt = now,
                    }, r =>
                    {
                        r.Name = name; r.Kind = kind; r.LegalRepresentative = rep; r.Address = address; r.Capital = capital; r.EstablishedOn = established;
                        r.Status = status; r.Authority = authority; r.DivisionCode = division; r.UpdatedAt = now;
                    }));
                    break;
                }
                case BaseLibrary.Credit:
                {
                    foreach (var c in new[] { "主体名称", "事由", "认定部门" }) Need(c);
                    var id = Cell("证件号码").ToUpperInvariant();
                    if (!ResidentIdNumber.IsValid(id) && UnifiedSocialCreditCode.Validate(id) is not null) Fail("证件号码", "证件号码应为有效的身份证号码或统一社会信用代码");
                    var list = CreditListNames.Parse(Cell("名单类别"));
                    if (list is null) Fail("名单类别", "名单类别应为：红名单、黑名单、失信记录");
                    var decided = OptionalDate(Cell("认定日期"), "认定日期", Fail);
                    if (decided is null && Cell("认定日期").Length == 0) Fail("认定日期", "请填写认定日期");
                    DateOnly? until = Cell("有效期至") is "" or "长期" ? null : OptionalDate(Cell("有效期至"), "有效期至", Fail);
                    if (until < decided) Fail("有效期至", "有效期不能早于认定日期");
                    if (errors.Count > before) break;
                    var (subject, reason, by) = (Cell("主体名称"), Cell("事由"), Cell("认定部门"));
                    var index = protector.BlindIndex(id);
                    if (Duplicate("证件号码", $"{index}|{list}|{decided}|{reason}")) break;
                    parsed.Add(() =>
                    {
                        if (db.CreditRecords.Any(r => r.SubjectIndex == index && r.List == list && r.DecidedOn == decided && r.Reason == reason)) return;
                        db.CreditRecords.Add(new CreditRecord
                        {
                            SubjectName = subject, SubjectId = id, SubjectIndex = index, List = list!.Value, Reason = reason, DecidedBy = by, DecidedOn = decided!.Value,
                            ValidUntil = until, Source = "批量导入", CreatedAt = now,
                        });
                        added++;
                    });
                    break;
                }
                case BaseLibrary.Geospatial:
                {
                    var address = Cell("标准地址");
                    if (address.Length < 6) Fail("标准地址", "标准地址应写到门牌号（至少6个字）");
                    else Duplicate("标准地址", address);
                    var division = Division("行政区划代码");
                    if (division is null) Fail("行政区划代码", "请填写行政区划代码");
                    var lon = Coordinate(Cell("经度"), 73, 136);
                    if (lon is null) Fail("经度", "经度应为73至136之间的数字（WGS-84）");
                    var lat = Coordinate(Cell("纬度"), 3, 54);
                    if (lat is null) Fail("纬度", "纬度应为3至54之间的数字（WGS-84）");
                    if (errors.Count > before) break;
                    parsed.Add(() => Upsert(db.GeoAddresses, r => r.Address == address, () => new GeoAddress { Address = address, DivisionCode = division!, CreatedAt = now },
                        r => { r.DivisionCode = division!; r.Longitude = lon!.Value; r.Latitude = lat!.Value; r.UpdatedAt = now; }));
                    break;
                }
            }
        }
        if (errors.Count > 0) return Outcome<LibraryImportResult>.Invalid(errors, $"有 {errors.Count} 处错误，未导入任何数据");

        // Every row or none: one save.
        foreach (var apply in parsed) apply();
        audit.Record(user, "library.import", $"library:{info.Code}", $"{info.Name}导入：新增 {added} 条，更新 {updated} 条");
        await unitOfWork.CommitAsync(ct);
        if (library == BaseLibrary.LegalEntity) legalEntities.Clear();
        return Outcome<LibraryImportResult>.Ok(new LibraryImportResult(info.Code, added, updated));

        void Upsert<T>(DbSet<T> set, System.Linq.Expressions.Expression<Func<T, bool>> key, Func<T> create, Action<T> update) where T : class
        {
            var existing = set.Local.AsQueryable().FirstOrDefault(key) ?? set.FirstOrDefault(key);
            if (existing is null) { existing = create(); set.Add(existing); added++; }
            else updated++;
            update(existing);
        }
    }

    private static bool Required(BaseLibrary library, string column) => library switch
    {
        BaseLibrary.Population => column is "姓名" or "身份证号码",
        BaseLibrary.LegalEntity => column is "统一社会信用代码" or "名称" or "类型" or "法定代表人" or "住所" or "登记状态",
        BaseLibrary.Credit => column is not "有效期至",
        _ => true,
    };

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    private static DateOnly? OptionalDate(string s, string column, Action<string, string> fail)
    {
        if (s.Length == 0) return null;
        if (DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        fail(column, $"{column}应为 yyyy-MM-dd");
        return null;
    }

    private static double? Coordinate(string s, double min, double max) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : null;
}
