using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Features.Cases;

/// <summary>How cases and their events get their keys and numbers on PostgreSQL.</summary>
internal static class CaseKeys
{
    public const string NumberSequence = "case_numbers";
    public const string CaseIds = "case_ids";
    public const string CaseEventIds = "case_event_ids";
    private const int IdBlock = 1000;

    /// <summary>
    /// Numbers come from a sequence (no row lock shared by concurrent submissions); ids come in blocks
    /// from sequences, so a batch of cases and their events is one INSERT (no RETURNING round trip for
    /// the case ids before the events can be written). SQLite numbers rows itself.
    /// </summary>
    public static void OnPostgres(ModelBuilder b)
    {
        b.HasSequence<long>(NumberSequence);
        b.HasSequence<long>(CaseIds).IncrementsBy(IdBlock);
        b.HasSequence<long>(CaseEventIds).IncrementsBy(IdBlock);
        b.Entity<Case>().Property(c => c.Id).UseHiLo(CaseIds);
        b.Entity<CaseEvent>().Property(ev => ev.Id).UseHiLo(CaseEventIds);
    }
}
