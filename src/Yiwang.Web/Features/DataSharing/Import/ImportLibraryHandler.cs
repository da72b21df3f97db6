using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing.Import;

internal sealed record LibraryImportResult(string Library, int Added, int Updated);

/// <summary>
/// 数据归集: a bulk load of one base library from a .csv or .xlsx table (header row of the column names
/// below). Every row is checked first; one wrong row and nothing is written (errors keyed rows[n].列名).
/// People, organisations and addresses already there are updated; credit entries are added (an identical
/// one is skipped). The library's owner department (or the system admin) imports.
/// </summary>
internal sealed class ImportLibraryHandler(YiwangDb db, PersonalDataProtector protector, UnitOfWork unitOfWork, AuditLog audit, TimeProvider clock, LegalEntityCache legalEntities,
    Licences.Import.ImportLicencesHandler licences, IConfiguration config, IEnumerable<ILibraryImported> followers)
{
    private static readonly Dictionary<BaseLibrary, ILibraryRows> Readers = new ILibraryRows[]
    {
        new Population.PopulationRows(), new LegalEntity.LegalEntityRows(), new Credit.CreditRows(), new Geospatial.GeospatialRows(), new EnterpriseData.EnterpriseDataRows(),
    }.ToDictionary(r => r.Library);

    public static IReadOnlyList<string> Columns(BaseLibrary library) =>
        Readers.TryGetValue(library, out var reader) ? reader.Columns : Licences.Import.ImportLicencesHandler.Columns;

    private static bool MayImport(ClaimsPrincipal user, LibraryInfo library, string? departmentName) =>
        user.Meets(Policy.PlatformAdmin) || (user.Meets(Policy.DepartmentAdmin) && departmentName == library.Owner);

    /// <summary>The libraries this user may import into: all for a system admin, their department's own for its admin.</summary>
    public async Task<List<LibraryInfo>> ImportableAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var mine = await DepartmentNameAsync(user, ct);
        return BaseLibraries.All.Where(l => MayImport(user, l, mine)).ToList();
    }

    private async Task<string?> DepartmentNameAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.DepartmentId() is { } d ? await db.Departments.AsNoTracking().Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;

    /// <summary>The import within the sheet limits and the time limit (Imports:MaxSeconds), stopped when the client leaves.</summary>
    public Task<Outcome<LibraryImportResult>> HandleAsync(BaseLibrary library, Stream file, string? fileName, ClaimsPrincipal user, CancellationToken ct) =>
        SheetLimits.From(config).BoundedAsync((limits, t) => ImportAsync(library, file, fileName, user, limits, t), ct);

    private async Task<Outcome<LibraryImportResult>> ImportAsync(BaseLibrary library, Stream file, string? fileName, ClaimsPrincipal user, SheetLimits limits, CancellationToken ct)
    {
        var info = library.Info();
        // The licence library is filled by the issuing departments' licence import (each licence sealed by its issuer).
        if (library == BaseLibrary.Licence)
            return (await licences.HandleAsync(file, fileName, user, ct)).Map(r => new LibraryImportResult(info.Code, r.Imported, 0));
        if (!MayImport(user, info, await DepartmentNameAsync(user, ct))) return Outcome<LibraryImportResult>.Forbidden($"{info.Name}由{info.Owner}归集，只有该部门管理员或系统管理员可以导入");
        if (!Readers.TryGetValue(library, out var reader)) return Outcome<LibraryImportResult>.Invalid("library", $"{info.Name}请通过电子证照导入");
        var rows = Spreadsheet.Rows(file, fileName, limits, ct);
        if (rows is null) return Outcome<LibraryImportResult>.Invalid("file", $"请上传 .csv 或 .xlsx 文件（首行为列名：{string.Join("、", reader.Columns)}）");
        if (rows.Count == 0) return Outcome<LibraryImportResult>.Invalid("file", "文件中没有数据行");
        var missing = reader.Columns.Where(c => !rows[0].Cells.ContainsKey(c) && reader.Required(c)).ToList();
        if (missing.Count > 0) return Outcome<LibraryImportResult>.Invalid("file", $"缺少列：{string.Join("、", missing)}");

        var divisions = (await db.Divisions.AsNoTracking().Select(x => x.Code).ToListAsync(ct)).ToHashSet();
        var import = new LibraryImport(db, protector, divisions, clock.GetUtcNow());
        for (var i = 0; i < rows.Count; i++)
        {
            if (i % 1000 == 999) ct.ThrowIfCancellationRequested();
            reader.Read(new LibraryRow(rows[i].Row, rows[i].Cells, import));
        }
        if (import.Errors.Count > 0) return Outcome<LibraryImportResult>.Invalid(ImportErrors.First(import.Errors), ImportErrors.Title(import.Errors.Count));

        // Every row or none: one save.
        await import.ApplyAsync(ct);
        audit.Record(user, "library.import", $"library:{info.Code}", $"{info.Name}导入：新增 {import.Added} 条，更新 {import.Updated} 条");
        await unitOfWork.CommitAsync(ct);
        if (library == BaseLibrary.LegalEntity) legalEntities.Clear();
        foreach (var follower in followers) await follower.ImportedAsync(library, CancellationToken.None);
        return Outcome<LibraryImportResult>.Ok(new LibraryImportResult(info.Code, import.Added, import.Updated));
    }
}
