namespace Yiwang.Web.Features.Cases.Act;

// One request per action; Concurrency is the token the actor last read (409 when stale).
internal sealed record AcceptRequest(Guid? Concurrency, bool ApplicantPresent = false);
internal sealed record RequestSupplementRequest(Guid? Concurrency, List<string>? Missing, bool ApplicantPresent = false);
internal sealed record RefuseRequest(Guid? Concurrency, string? Reason, bool ApplicantPresent = false);
internal sealed record ResubmitRequest(Guid? Concurrency);
internal sealed record PassRequest(Guid? Concurrency, string? Opinion);
internal sealed record ReturnRequest(Guid? Concurrency, int ToStep, string? Reason);
internal sealed record SuspendRequest(Guid? Concurrency, SuspensionKind Kind, string? Reason, string? Approver, int MaxDays);
internal sealed record ResumeRequest(Guid? Concurrency);
internal sealed record ExtendRequest(Guid? Concurrency, int Days, string? Reason, string? Approver);
internal sealed record DecideRequest(Guid? Concurrency, Decision Decision, string? Reason);
internal sealed record DeliverRequest(Guid? Concurrency, DeliveryMethod Method, string? TrackingNumber, bool ApplicantPresent = false);
internal sealed record WithdrawRequest(Guid? Concurrency, string? Reason);
internal sealed record RecallRequest(Guid? Concurrency);
internal sealed record ReassignRequest(Guid? Concurrency, string? ToApprover, string? Reason);
internal sealed record RequestCountersignRequest(Guid? Concurrency, int DepartmentId, string? Note);
internal sealed record CountersignRequest(Guid? Concurrency, bool Agree, string? Opinion);
internal sealed record SubmitDraftRequest(Guid? Concurrency);
