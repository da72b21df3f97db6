using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing.AccessLog;

/// <summary>A search of the access log; Subject is an ID number or credit code (matched by keyed hash) or part of an address.</summary>
internal sealed record AccessLogQuery(string? Library = null, string? Accessor = null, string? Subject = null, string? Result = null, DateOnly? From = null, DateOnly? To = null);

internal sealed record AccessLogRow(long Id, DateTimeOffset At, string Library, string AccessorKind, string Accessor, string? Department, string? Subject,
    string Fields, string Purpose, string? CaseNumber, string Result, string? Ip);

internal sealed record AccessLogResult(IReadOnlyList<AccessLogRow> Rows, int Total, bool Truncated);

/// <summary>
/// 数据访问日志 for data owners: a library's owner department sees the reads of its libraries, the
/// platform admin and supervisors all of them; searchable and exportable (an export is itself audited).
/// </summary>
internal sealed class AccessLogHandler(YiwangDb db, PersonalDataProtector protector, AuditLog audit, UnitOfWork unitOfWork)
{
    public const int PageSize = 200;
    public const int MaxExport = 10_000;

    /// <summary>The libraries whose log the user may read (none: not a data owner).</summary>
    public async Task<List<BaseLibrary>> OwnedAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Meets(Policy.Oversight)) return BaseLibraries.All.Select(l => l.Library).ToList();
        if (!user.Meets(Policy.DepartmentAdmin) || user.DepartmentId() is not { } d) return [];
        var name = await db.Departments.AsNoTracking().Where(x => x.Id == d).Select(x => x.Name).SingleOrDefaultAsync(ct);
        return BaseLibraries.All.Where(l => l.Owner == name).Select(l => l.Library).ToList();
    }

    public async Task<Outcome<AccessLogResult>> SearchAsync(AccessLogQuery q, ClaimsPrincipal user, CancellationToken ct)
    {
        var (query, error) = await QueryAsync(q, user, ct);
        if (query is null) return error!.As<AccessLogResult>();
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(ct);
        return Outcome<AccessLogResult>.Ok(new AccessLogResult(rows.Select(Row).ToList(), total, total > PageSize));
    }

    public async Task<Outcome<byte[]>> ExportAsync(AccessLogQuery q, ClaimsPrincipal user, CancellationToken ct)
    {
        var (query, error) = await QueryAsync(q, user, ct);
        if (query is null) return error!.As<byte[]>();
        var rows = (await query.OrderByDescending(a => a.Id).Take(MaxExport).ToListAsync(ct)).Select(Row).ToList();
        audit.Record(user, "data-access.export", "data-access-log", $"导出 {rows.Count} 条访问记录");
        await unitOfWork.CommitAsync(ct);
        return Outcome<byte[]>.Ok(Spreadsheet.Table("数据访问日志", ["时间", "数据库", "访问方类型", "访问方", "所属部门", "数据主体", "字段", "用途", "关联办件", "结果", "IP"],
            rows.Select(r => (IReadOnlyList<object?>)[r.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss"), r.Library, r.AccessorKind, r.Accessor, r.Department,
                r.Subject, r.Fields, r.Purpose, r.CaseNumber, r.Result, r.Ip])));
    }

    private async Task<(IQueryable<DataAccess>?, Outcome<object>?)> QueryAsync(AccessLogQuery q, ClaimsPrincipal user, CancellationToken ct)
    {
        var owned = await OwnedAsync(user, ct);
        if (owned.Count == 0) return (null, Outcome<object>.Forbidden("只有数据归集部门管理员、系统管理员和效能监察员可以查阅数据访问日志"));
        var query = db.DataAccesses.AsNoTracking().Where(a => owned.Contains(a.Library));
        if (!string.IsNullOrWhiteSpace(q.Library))
        {
            if (BaseLibraries.Find(q.Library) is not { } info) return (null, Outcome<object>.Invalid("library", $"库应为：{string.Join("、", BaseLibraries.All.Select(l => l.Code))}"));
            if (!owned.Contains(info.Library)) return (null, Outcome<object>.Forbidden($"您不是{info.Name}的数据归集部门"));
            query = query.Where(a => a.Library == info.Library);
        }
        if (q.Accessor?.Trim() is { Length: > 0 } who) query = query.Where(a => a.Accessor.Contains(who) || (a.DepartmentName != null && a.DepartmentName.Contains(who)));
        if (q.Subject?.Trim() is { Length: > 0 } subject)
        {
            if (ResidentIdNumber.IsValid(subject) || UnifiedSocialCreditCode.IsValid(subject))
            {
                var index = protector.BlindIndex(subject);
                query = query.Where(a => a.SubjectIndex == index);
            }
            else query = query.Where(a => a.Subject != null && a.Subject.Contains(subject));
        }
        if (!string.IsNullOrWhiteSpace(q.Result))
        {
            if (!Enum.TryParse<AccessResult>(q.Result, true, out var result)) return (null, Outcome<object>.Invalid("result", "结果应为 Granted、Denied、NotFound、Invalid 或 Unauthenticated"));
            query = query.Where(a => a.Result == result);
        }
        if (q.From is { } from) { var start = Common.Time.ChinaTime.StartOf(from); query = query.Where(a => a.At >= start); }
        if (q.To is { } to) { var end = Common.Time.ChinaTime.EndOf(to); query = query.Where(a => a.At < end); }
        if (q.From > q.To) return (null, Outcome<object>.Invalid("to", "截止日期不能早于起始日期"));
        return (query, null);
    }

    private static AccessLogRow Row(DataAccess a) => new(a.Id, a.At, a.Library.Info().Name, a.AccessorKind.Label(), a.Accessor, a.DepartmentName, a.Subject,
        string.Join("、", a.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(f => a.Library.Info().Field(f)?.Label ?? f)), a.Purpose, a.CaseNumber, a.Result.Label(), a.Ip);
}
