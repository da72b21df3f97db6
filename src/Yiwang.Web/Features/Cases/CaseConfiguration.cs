using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases;

/// <summary>EF mapping: the case row (lists as JSON), its append-only events, the number counter.</summary>
public static class CaseConfiguration
{
    public const string NumberSequence = "case_numbers";
    public const string CaseIds = "case_ids";
    public const string CaseEventIds = "case_event_ids";
    private const int IdBlock = 1000;

    public static void Configure(ModelBuilder b, bool postgres, Common.Crypto.PersonalDataProtector protector)
    {
        // PostgreSQL issues numbers from a sequence: no row lock shared by concurrent submissions.
        if (postgres) b.HasSequence<long>(NumberSequence);
        // PostgreSQL: ids come in blocks from a sequence, so a batch of cases and their events is one
        // INSERT command (no RETURNING round trip for the case ids before the events can be written).
        if (postgres)
        {
            b.HasSequence<long>(CaseIds).IncrementsBy(IdBlock);
            b.HasSequence<long>(CaseEventIds).IncrementsBy(IdBlock);
        }
        b.Entity<Case>(e =>
        {
            if (postgres) e.Property(c => c.Id).UseHiLo(CaseIds);
            e.HasIndex(c => c.Number).IsUnique();
            e.Property(c => c.Number).HasMaxLength(32);
            e.Property(c => c.ItemCode).HasMaxLength(64);
            e.Property(c => c.ItemName).HasMaxLength(200);
            e.Property(c => c.ApplicantName).HasMaxLength(200);
            e.HasIndex(c => c.ApplicantId);
            // An applicant's granted cases, latest first (免证办 offers their results); only granted rows are in it, so a submission never touches it.
            e.HasIndex(c => new { c.ApplicantId, c.DecidedAt }).HasFilter("\"Decision\" = 'Grant'").HasDatabaseName("IX_Cases_Granted");
            e.HasIndex(c => new { c.DepartmentId, c.Status });
            e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Decision).HasConversion<string>().HasMaxLength(10);
            e.Property(c => c.DeliveryMethod).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.TrackingNumber).HasMaxLength(64);
            e.Property(c => c.Concurrency).IsConcurrencyToken();
            e.Property(c => c.Steps).HasJsonConversion();
            e.Property(c => c.MissingMaterials).HasJsonConversion();
            e.Property(c => c.Suspensions).HasJsonConversion();
            e.Property(c => c.Extensions).HasJsonConversion();
            e.Property(c => c.Countersigns).HasJsonConversion();
            // Form answers hold ID numbers and phones: the whole document is SM4-encrypted at rest.
            e.Property(c => c.FormData).HasJsonConversion(encryptWith: protector);
            e.Property(c => c.Assignee).HasMaxLength(100);
            e.HasIndex(c => c.BundleCaseId).HasFilter("\"BundleCaseId\" IS NOT NULL");
            e.HasOne<ServiceItem>().WithMany().HasForeignKey(c => c.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Events).WithOne().HasForeignKey(ev => ev.CaseId).OnDelete(DeleteBehavior.Restrict);
            e.Ignore(c => c.IsOpen);
            e.Ignore(c => c.DecisionStep);
            e.Ignore(c => c.CurrentStepName);
        });
        b.Entity<CaseEvent>(e =>
        {
            if (postgres) e.Property(ev => ev.Id).UseHiLo(CaseEventIds);
            // Append-only: a duplicate sequence (two writers appending to one case) is impossible.
            e.HasIndex(ev => new { ev.CaseId, ev.Sequence }).IsUnique();
            e.Property(ev => ev.Actor).HasMaxLength(100);
            e.Property(ev => ev.Action).HasConversion(a => a.Route(), s => CaseActionNames.Parse(s)).HasMaxLength(40);
            e.Property(ev => ev.From).HasConversion<string>().HasMaxLength(30);
            e.Property(ev => ev.To).HasConversion<string>().HasMaxLength(30);
            e.Property(ev => ev.Place).HasMaxLength(100);
            e.Property(ev => ev.Detail).HasMaxLength(2000);
        });
        b.Entity<CaseMaterial>(e =>
        {
            e.HasIndex(m => m.CaseId);
            // Materials a window verified (B) are few: 免证办 finds them by trust and name, not by scanning every material.
            e.HasIndex(m => new { m.Trust, m.MaterialName });
            e.Property(m => m.MaterialName).HasMaxLength(200);
            e.Property(m => m.FileName).HasMaxLength(260);
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(m => m.BlobKey).HasMaxLength(64);
            e.Property(m => m.Sha256).HasMaxLength(64);
            e.Property(m => m.UploadedBy).HasMaxLength(100);
            e.Property(m => m.Trust).HasConversion<string>().HasMaxLength(2);
            e.HasOne<Case>().WithMany(c => c.Materials).HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CaseNumberCounter>(e =>
        {
            e.ToTable("CaseNumberCounters");
            e.HasKey(c => c.Day);
            e.Property(c => c.Day).HasMaxLength(8);
        });
    }
}

/// <summary>Last case number issued per day (yyyyMMdd).</summary>
public sealed class CaseNumberCounter
{
    public required string Day { get; init; }
    public int Last { get; set; }
}
