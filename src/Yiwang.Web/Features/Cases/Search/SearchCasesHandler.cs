using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases.Search;

internal sealed record CaseSearch(string? Number, string? Applicant, string? Item, string? Status, string? From, string? To, int Page = 1);
internal sealed record CaseSearchHit(string Number, string ItemName, string ApplicantName, string StatusName, DateTimeOffset? SubmittedAt, DateOnly? Due);
internal sealed record CaseSearchResult(int Total, int Page, IReadOnlyList<CaseSearchHit> Cases);

/// <summary>
/// Staff search cases by number, applicant, item, status and submission date, within their scope:
/// approvers and department admins their department, window clerks their hall's divisions,
/// supervisors and system admins everything.
/// </summary>
internal sealed class SearchCasesHandler(YiwangDb db, CaseScope scope)
{
    private const int PageSize = 20;

    public async Task<Outcome<CaseSearchResult>> HandleAsync(CaseSearch s, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        CaseStatus? status = null;
        if (!string.IsNullOrWhiteSpace(s.Status))
        {
            var match = Enum.GetValues<CaseStatus>().Where(x => x.Label() == s.Status.Trim() || x.ToString().Equals(s.Status.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 1) status = match[0]; else errors["status"] = [$"状态“{s.Status}”无效"];
        }
        var from = Date(s.From, "from", errors);
        var to = Date(s.To, "to", errors);
        if (s.Page is < 1 or > 10_000) errors["page"] = ["页码应为1至10000"];
        if (errors.Count > 0) return Outcome<CaseSearchResult>.Invalid(errors);

        // An unsubmitted draft is the applicant's own: staff see a case once it is submitted.
        var q = db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.Draft);
        if (user.Meets(Policy.Oversight)) { }
        else if (user.Meets(Policy.DepartmentWork) && user.DepartmentId() is { } dept)
            q = q.Where(c => c.DepartmentId == dept);
        else if (user.Meets(Policy.WindowClerk) && user.HallId() is { } hall)
        {
            var depts = await scope.DepartmentsServedByAsync(hall, ct);
            q = q.Where(c => depts.Contains(c.DepartmentId));
        }
        else return Outcome<CaseSearchResult>.Forbidden("只有工作人员可以查询办件");

        if (!string.IsNullOrWhiteSpace(s.Number)) q = q.Where(c => c.Number.Contains(s.Number.Trim()));
        if (!string.IsNullOrWhiteSpace(s.Applicant)) q = q.Where(c => c.ApplicantName.Contains(s.Applicant.Trim()));
        if (!string.IsNullOrWhiteSpace(s.Item)) q = q.Where(c => c.ItemName.Contains(s.Item.Trim()) || c.ItemCode == s.Item.Trim());
        if (status is { } st) q = q.Where(c => c.Status == st);
        if (from is { } f) { var start = Common.Time.ChinaTime.StartOf(f); q = q.Where(c => c.CreatedAt >= start); }
        if (to is { } t) { var end = Common.Time.ChinaTime.EndOf(t); q = q.Where(c => c.CreatedAt < end); }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(c => c.Id).Skip((s.Page - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.Number, c.ItemName, c.ApplicantName, c.Status, c.SubmittedAt, c.Due }).ToListAsync(ct);
        return Outcome<CaseSearchResult>.Ok(new CaseSearchResult(total, s.Page,
            rows.Select(r => new CaseSearchHit(r.Number, r.ItemName, r.ApplicantName, r.Status.Label(), r.SubmittedAt, r.Due)).ToList()));
    }

    private static DateOnly? Date(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[field] = [$"{field} 应为 yyyy-MM-dd 格式的日期"];
        return null;
    }
}
