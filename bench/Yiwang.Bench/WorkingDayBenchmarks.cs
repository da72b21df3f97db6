using BenchmarkDotNet.Attributes;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Bench;

/// <summary>
/// "Add N working days" on the official schedule, per operation (1 000 random starts and N per
/// invocation). Baseline: the usual hand-written day-by-day loop over a holiday set.
/// Target ≥ 10 million per second on one core, i.e. ≤ 100 ns per operation.
/// </summary>
public class WorkingDayBenchmarks
{
    private const int Ops = 1000;
    private WorkingDaySchedule _schedule = null!;
    private HashSet<DateOnly> _off = null!, _on = null!;
    private DateOnly[] _from = null!;
    private int[] _days = null!;

    [GlobalSetup]
    public void Setup()
    {
        var years = OfficialHolidays.Load().Select(y => y.ToEntity(y.Year, "bench", DateTimeOffset.UnixEpoch)).ToList();
        _schedule = new WorkingDaySchedule(years);
        _off = years.SelectMany(y => y.Days).Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date).ToHashSet();
        _on = years.SelectMany(y => y.Days).Where(d => d.Kind == CalendarDayKind.AdjustedWorkingDay).Select(d => d.Date).ToHashSet();
        var rnd = new Random(42);
        _from = Enumerable.Range(0, Ops).Select(_ => new DateOnly(2024, 1, 1).AddDays(rnd.Next(0, 1000))).ToArray();
        _days = Enumerable.Range(0, Ops).Select(_ => rnd.Next(1, 61)).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ops)]
    public int DayByDayLoop()
    {
        var sum = 0;
        for (var i = 0; i < Ops; i++)
        {
            var d = _from[i];
            for (var left = _days[i]; left > 0;)
            {
                d = d.AddDays(1);
                var weekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                if (_on.Contains(d) || (!weekend && !_off.Contains(d))) left--;
            }
            sum += d.Day;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int Schedule()
    {
        var sum = 0;
        for (var i = 0; i < Ops; i++) sum += _schedule.AddWorkingDays(_from[i], _days[i]).Date.Day;
        return sum;
    }
}
