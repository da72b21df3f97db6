using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Web.Common.Events;

namespace Yiwang.Tests.Common.Events;

public class EventDispatcherTests
{
    public abstract record Happened(Thing Thing) : IDomainEvent;
    public sealed record Named(Thing Thing, string Name) : Happened(Thing);
    public sealed record Echoed(Thing Thing) : Happened(Thing);

    public sealed class Thing : IRecordsEvents
    {
        private readonly List<IDomainEvent> _recorded = [];
        public int Id { get; set; }
        public void Name(string name) => _recorded.Add(new Named(this, name));
        public void Echo() => _recorded.Add(new Echoed(this));
        public IReadOnlyList<IDomainEvent> TakeEvents()
        {
            var taken = _recorded.ToList();
            _recorded.Clear();
            return taken;
        }
    }

    private sealed class ThingsDb(DbContextOptions<ThingsDb> options) : DbContext(options)
    {
        public DbSet<Thing> Things => Set<Thing>();
    }

    public sealed class Log : List<string>;

    [EventOrder(EventOrder.Tell)]
    private sealed class Teller(Log log) : IHandles<Named>
    {
        public Task HandleAsync(Named e, CancellationToken ct) { log.Add("tell " + e.Name); return Task.CompletedTask; }
    }

    [EventOrder(EventOrder.Issue)]
    private sealed class Issuer(Log log) : IHandles<Named>
    {
        public Task HandleAsync(Named e, CancellationToken ct)
        {
            log.Add("issue " + e.Name);
            e.Thing.Echo();
            return Task.CompletedTask;
        }
    }

    [EventOrder(EventOrder.Watch)]
    private sealed class Watcher(Log log) : IHandles<Happened>
    {
        public Task HandleAsync(Happened e, CancellationToken ct) { log.Add("watch " + e.GetType().Name); return Task.CompletedTask; }
    }

    private sealed class Echoer : IHandles<Echoed>
    {
        public Task HandleAsync(Echoed e, CancellationToken ct) { e.Thing.Echo(); return Task.CompletedTask; }
    }

    private static (ThingsDb Db, EventDispatcher Dispatcher, Log Log) Build(bool endlessEcho = false)
    {
        var services = new ServiceCollection().AddSingleton<Log>().AddEventHandler<Teller>().AddEventHandler<Issuer>().AddEventHandler<Watcher>();
        if (endlessEcho) services.AddEventHandler<Echoer>();
        var provider = services.BuildServiceProvider().CreateScope().ServiceProvider;
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var db = new ThingsDb(new DbContextOptionsBuilder<ThingsDb>().UseSqlite(connection).Options);
        db.Database.EnsureCreated();
        return (db, new EventDispatcher(provider), provider.GetRequiredService<Log>());
    }

    [Fact]
    public async Task Handlers_run_in_event_order_and_a_base_type_handler_sees_every_derived_event()
    {
        var (db, dispatcher, log) = Build();
        var thing = new Thing();
        db.Things.Add(thing);
        thing.Name("a");
        await dispatcher.DispatchAsync(db, CancellationToken.None);
        // Round one: the issuer (10) before the watcher (40) before the teller (50); round two: what the issuer recorded.
        Assert.Equal(["issue a", "watch Named", "tell a", "watch Echoed"], log);
        Assert.Empty(thing.TakeEvents());
    }

    [Fact]
    public async Task Events_of_untracked_entities_are_not_dispatched()
    {
        var (db, dispatcher, log) = Build();
        var thing = new Thing();
        thing.Name("loose");
        await dispatcher.DispatchAsync(db, CancellationToken.None);
        Assert.Empty(log);
    }

    [Fact]
    public async Task A_handler_that_keeps_raising_what_it_handles_is_stopped()
    {
        var (db, dispatcher, _) = Build(endlessEcho: true);
        var thing = new Thing();
        db.Things.Add(thing);
        thing.Echo();
        await Assert.ThrowsAsync<InvalidOperationException>(() => dispatcher.DispatchAsync(db, CancellationToken.None));
    }
}
