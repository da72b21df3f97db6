namespace Yiwang.Web.Common.Events;

/// <summary>Something that happened in the domain (a case was decided …), recorded by the entity it happened to.</summary>
public interface IDomainEvent;

/// <summary>An entity that records domain events as its methods run; the unit of work takes them before it saves.</summary>
internal interface IRecordsEvents
{
    /// <summary>The events recorded since the last call, in order; the entity forgets them.</summary>
    IReadOnlyList<IDomainEvent> TakeEvents();
}

/// <summary>The recording half of an entity that records events: it records, the unit of work takes.</summary>
public abstract class EventRecordingEntity : IRecordsEvents
{
    private readonly List<IDomainEvent> _recorded = [];

    protected void Record(IDomainEvent e) => _recorded.Add(e);

    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _recorded.ToList();
        _recorded.Clear();
        return taken;
    }
}

/// <summary>
/// A feature's reaction to an event, run inside the unit of work that recorded it, before the one
/// save: whatever it adds or changes commits with the action or not at all. Throwing
/// <c>CaseTransitionException</c> refuses the action. Register with <c>AddEventHandler</c>.
/// </summary>
internal interface IHandles<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent e, CancellationToken ct);
}

/// <summary>
/// When several features react to one event, they run in this order: what is issued comes before
/// what states it (the licence before the 决定书 naming its number), and supervision and messages
/// see the result of both.
/// </summary>
internal static class EventOrder
{
    public const int Issue = 10, Document = 20, Follow = 30, Watch = 40, Tell = 50, Count = 60;
}

/// <summary>Marks a handler's place in <see cref="EventOrder"/> (unmarked: <see cref="EventOrder.Follow"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class EventOrderAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
