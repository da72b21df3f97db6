using Yiwang.Web.Features.Catalog;
namespace Yiwang.Web.Features.Cases.Act;

// One request per action; Concurrency is the token the actor last read (409 when stale).
internal sealed record AcceptRequest(Guid? Concurrency, bool ApplicantPresent = false);
internal sealed record RequestSupplementRequest(Guid? Concurrency, List<string>? Missing, bool ApplicantPresent = false);
internal sealed record RefuseRequest(Guid? Concurrency, string? Reason, bool ApplicantPresent = false);
internal sealed record ResubmitRequest(Guid? Concurrency);
internal sealed record PassRequest(Guid? Concurrency, string? Opinion);
internal sealed record ReturnRequest(Guid? Concurrency, int ToStep, string? Reason);
/// <param name="MaxDays">The expected length in days (null: the item's maximum for the kind).</param>
internal sealed record SuspendRequest(Guid? Concurrency, SuspensionKind Kind, string? Reason, string? Approver, int? MaxDays);
internal sealed record ResumeRequest(Guid? Concurrency);
/// <summary>延期, by the department's head: they approve it by doing it.</summary>
internal sealed record ExtendRequest(Guid? Concurrency, int Days, string? Reason);

internal sealed record CloseUnsupplementedRequest(Guid? Concurrency);
internal sealed record DecideRequest(Guid? Concurrency, Decision Decision, string? Reason);
internal sealed record DeliverRequest(Guid? Concurrency, DeliveryMethod Method, string? TrackingNumber, bool ApplicantPresent = false);
internal sealed record WithdrawRequest(Guid? Concurrency, string? Reason);
internal sealed record RecallRequest(Guid? Concurrency);
internal sealed record ReassignRequest(Guid? Concurrency, string? ToApprover, string? Reason);
internal sealed record RequestCountersignRequest(Guid? Concurrency, int DepartmentId, string? Note);
internal sealed record CountersignRequest(Guid? Concurrency, bool Agree, string? Opinion);
internal sealed record SubmitDraftRequest(Guid? Concurrency);
