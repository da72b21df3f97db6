namespace Yiwang.Web.Features.Cases.Act;

// One request per action; Concurrency is the token the actor last read (409 when stale).
public sealed record AcceptRequest(Guid? Concurrency, bool ApplicantPresent = false);
public sealed record RequestSupplementRequest(Guid? Concurrency, List<string>? Missing, bool ApplicantPresent = false);
public sealed record RefuseRequest(Guid? Concurrency, string? Reason, bool ApplicantPresent = false);
public sealed record ResubmitRequest(Guid? Concurrency);
public sealed record PassRequest(Guid? Concurrency, string? Opinion);
public sealed record ReturnRequest(Guid? Concurrency, int ToStep, string? Reason);
public sealed record SuspendRequest(Guid? Concurrency, SuspensionKind Kind, string? Reason, string? Approver, int MaxDays);
public sealed record ResumeRequest(Guid? Concurrency);
public sealed record ExtendRequest(Guid? Concurrency, int Days, string? Reason, string? Approver);
public sealed record DecideRequest(Guid? Concurrency, Decision Decision, string? Reason);
public sealed record DeliverRequest(Guid? Concurrency, DeliveryMethod Method, string? TrackingNumber, bool ApplicantPresent = false);
public sealed record WithdrawRequest(Guid? Concurrency, string? Reason);
public sealed record RecallRequest(Guid? Concurrency);
public sealed record ReassignRequest(Guid? Concurrency, string? ToApprover, string? Reason);
public sealed record RequestCountersignRequest(Guid? Concurrency, int DepartmentId, string? Note);
public sealed record CountersignRequest(Guid? Concurrency, bool Agree, string? Opinion);
public sealed record SubmitDraftRequest(Guid? Concurrency);
