using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Web.Features.Licences.Import;

internal sealed record LicenceImportResult(int Imported);

/// <summary>
/// Bulk import of licences issued outside the platform (the existing 证照库 of a department), from an
/// .xlsx or .csv table: every row checked, nothing imported when any row is wrong (errors keyed rows[n].列名),
/// each licence signed by its issuing department's seal and linked to the holder's account when
/// there is one. A department admin imports only their department's licences.
/// </summary>
internal sealed class ImportLicencesHandler(YiwangDb db, LicenceIssuer issuer, PersonalDataProtector protector, UnitOfWork unitOfWork, AuditLog audit, TimeProvider clock, IConfiguration config)
{
    public static readonly string[] Columns = ["证照类型", "证照编号", "持证主体名称", "持证主体证件号码", "发证机关", "发证日期", "有效期至", "证照信息"];

    /// <summary>The import within the sheet limits and the time limit (Imports:MaxSeconds), stopped when the client leaves.</summary>
    public Task<Outcome<LicenceImportResult>> HandleAsync(Stream file, string? fileName, ClaimsPrincipal user, CancellationToken ct) =>
        SheetLimits.From(config).BoundedAsync((limits, t) => ImportAsync(file, fileName, user, limits, t), ct);

    private async Task<Outcome<LicenceImportResult>> ImportAsync(Stream file, string? fileName, ClaimsPrincipal user, SheetLimits limits, CancellationToken ct)
    {
        var rows = Spreadsheet.Rows(file, fileName, limits, ct);
        if (rows is null) return Outcome<LicenceImportResult>.Invalid("file", "请上传 .xlsx 或 .csv 文件（首行为列名：" + string.Join("、", Columns) + "）");
        if (rows.Count == 0) return Outcome<LicenceImportResult>.Invalid("file", "文件中没有证照");
        var types = await db.LicenceTypes.AsNoTracking().ToDictionaryAsync(t => t.Name, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var numbers = rows.Select(r => r.Cells.GetValueOrDefault("证照编号") ?? "").Where(n => n.Length > 0).ToList();
        var taken = (await db.Licences.AsNoTracking().Where(l => numbers.Contains(l.Number)).Select(l => l.Number).ToListAsync(ct)).ToHashSet();
        var errors = new Dictionary<string, string[]>();
        var seen = new HashSet<string>();
        var valid = new List<(LicenceType Type, string Number, string Holder, string HolderId, int Issuer, string IssuerName, DateOnly Issued, DateOnly? Until, Dictionary<string, string> Fields)>();
        foreach (var (row, cells) in rows)
        {
            string Cell(string c) => cells.GetValueOrDefault(c)?.Trim() ?? "";
            void Fail(string column, string message) => errors[$"rows[{row}].{column}"] = [$"第 {row} 行：{message}"];
            var type = types.GetValueOrDefault(Cell("证照类型"));
            if (type is null) Fail("证照类型", $"证照类型应为：{string.Join("、", types.Keys)}");
            var number = Cell("证照编号");
            if (number.Length is < 4 or > 40) Fail("证照编号", "证照编号应为4至40个字符");
            else if (taken.Contains(number) || !seen.Add(number)) Fail("证照编号", $"证照编号 {number} 重复");
            if (Cell("持证主体名称").Length == 0) Fail("持证主体名称", "请填写持证主体名称");
            var holderId = Cell("持证主体证件号码").ToUpperInvariant();
            var idProblem = type?.HolderKind == HolderKind.Organisation && holderId.Length == 18 && !ResidentIdNumber.IsValid(holderId)
                ? UnifiedSocialCreditCode.Validate(holderId) : ResidentIdNumber.Validate(holderId);
            if (idProblem is not null) Fail("持证主体证件号码", idProblem);
            if (!departments.TryGetValue(Cell("发证机关"), out var issuerId)) Fail("发证机关", $"发证机关“{Cell("发证机关")}”不是平台上的部门");
            else if (!user.Meets(Policy.PlatformAdmin) && user.DepartmentId() != issuerId) Fail("发证机关", "只能导入本部门签发的证照");
            var issued = Date(Cell("发证日期"));
            if (issued is null) Fail("发证日期", "发证日期应为 yyyy-MM-dd");
            DateOnly? until = Cell("有效期至") is "" or "长期" ? null : Date(Cell("有效期至"));
            if (Cell("有效期至") is not ("" or "长期") && until is null) Fail("有效期至", "有效期至应为 yyyy-MM-dd 或“长期”");
            else if (until < issued) Fail("有效期至", "有效期不能早于发证日期");
            var fields = Cell("证照信息").Split('；', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(f => f.Split('：', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
            if (type is not null && issued is not null && errors.Keys.All(k => !k.StartsWith($"rows[{row}].", StringComparison.Ordinal)))
                valid.Add((type, number, Cell("持证主体名称"), holderId, issuerId, Cell("发证机关"), issued.Value, until, fields));
        }
        if (errors.Count > 0) return Outcome<LicenceImportResult>.Invalid(ImportErrors.First(errors), ImportErrors.Title(errors.Count));

        var now = clock.GetUtcNow();
        var seals = new Dictionary<int, (Seal Seal, byte[] Key)>();
        foreach (var id in valid.Select(v => v.Issuer).Distinct())
        {
            var seal = await issuer.SealForAsync(id, ct);
            seals[id] = (seal, Convert.FromBase64String(protector.Decrypt(seal.EncryptedPrivateKey)));
        }
        var indexes = valid.Select(v => protector.BlindIndex(v.HolderId)).ToList();
        var codes = valid.Select(v => v.HolderId).ToList();
        // A person's licence goes to the person's account, an organisation's to the organisation's (never to its representative's).
        var accounts = await db.Users.AsNoTracking().Where(u => (u.Kind == AccountKind.NaturalPerson && u.IdNumberIndex != null && indexes.Contains(u.IdNumberIndex))
                || (u.Kind == AccountKind.LegalPerson && u.CreditCode != null && codes.Contains(u.CreditCode)))
            .Select(u => new { u.Id, u.IdNumberIndex, u.CreditCode }).ToListAsync(ct);
        foreach (var v in valid)
        {
            var index = protector.BlindIndex(v.HolderId);
            var licence = new Licence
            {
                Id = Guid.NewGuid(), Number = v.Number, TypeCode = v.Type.Code, TypeName = v.Type.Name, HolderName = v.Holder, HolderKind = v.Type.HolderKind,
                HolderId = v.HolderId, HolderIndex = index, HolderAccountId = accounts.FirstOrDefault(a => a.IdNumberIndex == index || a.CreditCode == v.HolderId)?.Id,
                IssuerDepartmentId = v.Issuer, IssuerName = v.IssuerName, IssuedOn = v.Issued, ValidUntil = v.Until, Fields = v.Fields, SealId = seals[v.Issuer].Seal.Id, IssuedAt = now,
            };
            licence.Sign(seals[v.Issuer].Key);
            db.Licences.Add(licence);
        }
        audit.Record(user, "licence.import", "licences", $"导入 {valid.Count} 张证照");
        await unitOfWork.CommitAsync(ct);
        return Outcome<LicenceImportResult>.Ok(new LicenceImportResult(valid.Count));
    }

    private static DateOnly? Date(string s) =>
        DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
