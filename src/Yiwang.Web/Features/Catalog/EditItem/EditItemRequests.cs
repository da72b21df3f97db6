namespace Yiwang.Web.Features.Catalog.EditItem;

/// <summary>New item: its code, owning department and the first draft of its guide.</summary>
internal sealed record CreateItemRequest(string? Code, int DepartmentId, ServiceGuide? Guide);

/// <summary>Replace the draft; Concurrency is the token last read (optional, 409 when stale).</summary>
internal sealed record SaveDraftRequest(ServiceGuide? Guide, Guid? Concurrency);

internal sealed record DraftSaved(string Code, int VersionNo, Guid Concurrency, IReadOnlyList<RuleViolation> PublishBlockers);
