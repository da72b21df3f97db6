namespace Yiwang.Web.Features.Cases;

/// <summary>One line of a case's append-only history: who did what, when, from where, and what changed.</summary>
public sealed class CaseEvent
{
    public long Id { get; init; }
    public long CaseId { get; init; }
    public int Sequence { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required CaseAction Action { get; init; }
    public CaseStatus From { get; init; }
    public CaseStatus To { get; init; }
    public string? Detail { get; init; }
    /// <summary>The window (or IP for online actions) the action came from.</summary>
    public string? Place { get; init; }
    /// <summary>The applicant was present in person (counts towards 跑动次数).</summary>
    public bool InPerson { get; init; }
}

/// <summary>A transition the state machine does not allow from the current state.</summary>
internal sealed class CaseTransitionException(string message) : Exception(message);
