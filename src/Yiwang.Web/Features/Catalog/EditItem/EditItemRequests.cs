namespace Yiwang.Web.Features.Catalog.EditItem;

/// <summary>New item: its code, owning department and the first draft of its guide.</summary>
public sealed record CreateItemRequest(string? Code, int DepartmentId, ServiceGuide? Guide);

/// <summary>Replace the draft; Concurrency is the token last read (optional, 409 when stale).</summary>
public sealed record SaveDraftRequest(ServiceGuide? Guide, Guid? Concurrency);

public sealed record DraftSaved(string Code, int VersionNo, Guid Concurrency, IReadOnlyList<RuleViolation> PublishBlockers);
