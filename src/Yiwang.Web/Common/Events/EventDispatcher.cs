using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Common.Events;

/// <summary>
/// Runs the handlers of the events the tracked entities recorded, in rounds: a handler's own changes
/// may record further events (a bundle's next part accepted), which the next round runs, until none
/// is left. A handler of a base type (<c>CaseActed</c>) sees every event derived from it.
/// </summary>
internal sealed class EventDispatcher(IServiceProvider services)
{
    private const int MaxRounds = 8;
    /// <summary>Per event type: the handler contracts that apply to it, with their method (reflection done once).</summary>
    private static readonly ConcurrentDictionary<Type, (Type Contract, MethodInfo Method)[]> Contracts = new();
    private static readonly ConcurrentDictionary<Type, int> Orders = new();

    public async Task DispatchAsync(DbContext db, CancellationToken ct)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var events = Recorded(db);
            if (events.Count == 0) return;
            foreach (var e in events) await DispatchAsync(e, ct);
        }
        throw new InvalidOperationException($"Domain events still recorded after {MaxRounds} rounds: a handler keeps raising what it handles");
    }

    /// <summary>
    /// The events of the tracked entities. Entities that record events are added to the context
    /// directly, so no change detection is needed to find them (it would compare every JSON column
    /// of every tracked case; the save does that once).
    /// </summary>
    private static List<IDomainEvent> Recorded(DbContext db)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.ChangeTracker.Entries().Select(e => e.Entity).OfType<IRecordsEvents>().SelectMany(e => e.TakeEvents()).ToList();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task DispatchAsync(IDomainEvent e, CancellationToken ct)
    {
        var handlers = new List<(object Handler, MethodInfo Method, int Order)>();
        foreach (var (contract, method) in Contracts.GetOrAdd(e.GetType(), ContractsOf))
            foreach (var h in services.GetServices(contract))
                if (h is not null) handlers.Add((h, method, Orders.GetOrAdd(h.GetType(), t => t.GetCustomAttribute<EventOrderAttribute>()?.Order ?? EventOrder.Follow)));
        foreach (var (handler, method, _) in handlers.OrderBy(h => h.Order))
            await (Task)method.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [e, ct], null)!;
    }

    /// <summary>The handler contracts of the event's own type and of every base type and interface that is an event too.</summary>
    private static (Type, MethodInfo)[] ContractsOf(Type type)
    {
        var types = new List<Type>();
        for (var t = type; t is not null && typeof(IDomainEvent).IsAssignableFrom(t); t = t.BaseType) types.Add(t);
        types.AddRange(type.GetInterfaces().Where(i => i != typeof(IDomainEvent) && typeof(IDomainEvent).IsAssignableFrom(i)));
        return [.. types.Select(t => typeof(IHandles<>).MakeGenericType(t)).Select(c => (c, c.GetMethod(nameof(IHandles<IDomainEvent>.HandleAsync))!))];
    }
}

/// <summary>Work that must wait until the unit of work has committed (an SMS, a figure to recount), run once it has.</summary>
internal sealed class AfterCommit
{
    private readonly List<Func<CancellationToken, Task>> _work = [];

    public void Add(Func<CancellationToken, Task> work) => _work.Add(work);

    public async Task RunAsync(CancellationToken ct)
    {
        var work = _work.ToList();
        _work.Clear();
        foreach (var w in work) await w(ct);
    }

    /// <summary>The commit failed: nothing of it happened, so nothing follows.</summary>
    public void Discard() => _work.Clear();
}

internal static class EventRegistration
{
    /// <summary>Registers a scoped handler for every <see cref="IHandles{TEvent}"/> it implements.</summary>
    public static IServiceCollection AddEventHandler<THandler>(this IServiceCollection services) where THandler : class
    {
        services.AddScoped<THandler>();
        foreach (var contract in typeof(THandler).GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandles<>)))
            services.AddScoped(contract, sp => sp.GetRequiredService<THandler>());
        return services;
    }
}
