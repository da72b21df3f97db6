namespace Yiwang.Web.Features.DataSharing;

internal enum AccessorKind { ApiClient, Staff, Applicant }

internal enum AccessResult { Granted, Denied, NotFound, Invalid, Unauthenticated }

/// <summary>
/// 数据访问日志: one read (or refused read) of a base library — who, which record, which fields, for
/// what purpose, when. The subject is kept as its keyed hash (to show a holder the uses of their own
/// data) and a masked label; the data owner searches and exports these.
/// </summary>
internal sealed class DataAccess
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public BaseLibrary Library { get; init; }
    public AccessorKind AccessorKind { get; init; }
    public required string Accessor { get; init; }
    public int? DepartmentId { get; init; }
    public string? DepartmentName { get; init; }
    public int? ApiClientId { get; init; }
    public string? SubjectIndex { get; init; }
    /// <summary>The record as the log shows it: masked numbers, or an address.</summary>
    public string? Subject { get; init; }
    public required string Fields { get; init; }
    public required string Purpose { get; init; }
    public string? CaseNumber { get; init; }

    /// <summary>The same read, for the case it was made for (a new entity, for the case's own unit of work).</summary>
    public DataAccess ForCase(string caseNumber) => new()
    {
        At = At, Library = Library, AccessorKind = AccessorKind, Accessor = Accessor, DepartmentId = DepartmentId, DepartmentName = DepartmentName, ApiClientId = ApiClientId,
        SubjectIndex = SubjectIndex, Subject = Subject, Fields = Fields, Purpose = Purpose, CaseNumber = caseNumber, Result = Result, Ip = Ip,
    };
    public AccessResult Result { get; init; }
    public string? Ip { get; init; }
}

internal static class AccessNames
{
    public static string Label(this AccessResult r) => r switch
    {
        AccessResult.Granted => "已提供", AccessResult.Denied => "越权拒绝", AccessResult.NotFound => "无此记录", AccessResult.Invalid => "请求有误", _ => "凭据无效",
    };

    public static string Label(this AccessorKind k) => k switch { AccessorKind.ApiClient => "部门系统", AccessorKind.Staff => "工作人员", _ => "申请人" };
}
