using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Data;

/// <summary>The one model of the platform. Provider-specific subclasses exist only to hold migrations.</summary>
public class YiwangDb(DbContextOptions options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Division> Divisions => Set<Division>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Hall> Halls => Set<Hall>();
    public DbSet<Window> Windows => Set<Window>();
    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();
    public DbSet<ServiceItemVersion> ServiceItemVersions => Set<ServiceItemVersion>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<Common.Notifications.Message> Messages => Set<Common.Notifications.Message>();
    public DbSet<CaseMaterial> CaseMaterials => Set<CaseMaterial>();
    public DbSet<Features.Supervision.Card> Cards => Set<Features.Supervision.Card>();
    public DbSet<Features.Supervision.SupervisionRules> SupervisionRules => Set<Features.Supervision.SupervisionRules>();
    public DbSet<Features.Ratings.Rating> Ratings => Set<Features.Ratings.Rating>();
    public DbSet<Features.Ratings.Rectification> Rectifications => Set<Features.Ratings.Rectification>();
    public DbSet<Features.Indicators.Rollup.DailyFigure> DailyFigures => Set<Features.Indicators.Rollup.DailyFigure>();
    public DbSet<Features.Indicators.Rollup.FigureDay> FigureDays => Set<Features.Indicators.Rollup.FigureDay>();
    public DbSet<Features.Bundles.Bundle> Bundles => Set<Features.Bundles.Bundle>();
    public DbSet<Features.Bundles.BundleVersion> BundleVersions => Set<Features.Bundles.BundleVersion>();
    public DbSet<Features.Bundles.BundleCase> BundleCases => Set<Features.Bundles.BundleCase>();
    public DbSet<Features.CrossArea.ProxyCase> ProxyCases => Set<Features.CrossArea.ProxyCase>();
    public DbSet<Features.Licences.LicenceType> LicenceTypes => Set<Features.Licences.LicenceType>();
    public DbSet<Features.Licences.Licence> Licences => Set<Features.Licences.Licence>();
    public DbSet<Features.Licences.Seal> Seals => Set<Features.Licences.Seal>();
    public DbSet<Features.Licences.Decisions.DecisionDocument> DecisionDocuments => Set<Features.Licences.Decisions.DecisionDocument>();
    public DbSet<Features.DataSharing.PersonRecord> PersonRecords => Set<Features.DataSharing.PersonRecord>();
    public DbSet<Features.DataSharing.LegalEntityRecord> LegalEntityRecords => Set<Features.DataSharing.LegalEntityRecord>();
    public DbSet<Features.DataSharing.CreditRecord> CreditRecords => Set<Features.DataSharing.CreditRecord>();
    public DbSet<Features.DataSharing.GeoAddress> GeoAddresses => Set<Features.DataSharing.GeoAddress>();
    public DbSet<Features.DataSharing.ApiClient> ApiClients => Set<Features.DataSharing.ApiClient>();
    public DbSet<Features.DataSharing.DataAccess> DataAccesses => Set<Features.DataSharing.DataAccess>();
    public DbSet<Features.Commitments.Commitment> Commitments => Set<Features.Commitments.Commitment>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        // Contexts are pooled (single-options constructor), so the protector comes from the application's services.
        var protector = this.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?
            .GetService<PersonalDataProtector>() ?? throw new InvalidOperationException("PersonalDataProtector is not registered");
        var personal = new ValueConverter<string?, string?>(
            v => v == null ? null : protector.Encrypt(v),
            v => v == null ? null : protector.Decrypt(v));

        b.Entity<Account>(e =>
        {
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.DisplayName).HasMaxLength(200);
            e.Property(a => a.IdNumber).HasConversion(personal).HasMaxLength(200);
            e.Property(a => a.IdNumberIndex).HasMaxLength(64);
            e.HasIndex(a => a.IdNumberIndex);
            e.Property(a => a.Phone).HasConversion(personal).HasMaxLength(200);
            e.Property(a => a.CreditCode).HasMaxLength(18);
            e.HasIndex(a => a.CreditCode);
        });

        b.Entity<Division>(e =>
        {
            e.HasKey(d => d.Code);
            e.Property(d => d.Code).HasMaxLength(12);
            e.Property(d => d.Name).HasMaxLength(100);
            e.Property(d => d.Level).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(d => d.ParentCode);
        });
        b.Entity<Department>(e =>
        {
            e.HasIndex(d => d.Code).IsUnique();
            e.Property(d => d.Code).HasMaxLength(32);
            e.Property(d => d.Name).HasMaxLength(100);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Division>().WithMany().HasForeignKey(d => d.DivisionCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Hall>(e =>
        {
            e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(30);
            e.HasOne<Division>().WithMany().HasForeignKey(h => h.DivisionCode).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(h => h.Windows).WithOne().HasForeignKey(w => w.HallId);
        });
        b.Entity<Window>(e =>
        {
            e.Property(w => w.Kind).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(w => new { w.HallId, w.Number }).IsUnique();
            e.HasOne<Department>().WithMany().HasForeignKey(w => w.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<ServiceItem>(e =>
        {
            e.HasIndex(i => i.Code).IsUnique();
            e.Property(i => i.Code).HasMaxLength(64);
            e.Property(i => i.Concurrency).IsConcurrencyToken();
            e.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ServiceItemId).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(i => i.Current);
            e.Ignore(i => i.Draft);
        });
        b.Entity<ServiceItemVersion>(e =>
        {
            e.HasIndex(v => new { v.ServiceItemId, v.VersionNo }).IsUnique();
            e.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.CreatedBy).HasMaxLength(100);
            e.Property(v => v.PublishedBy).HasMaxLength(100);
            // The whole guide is one immutable JSON snapshot per version.
            e.Property(v => v.Guide).HasJsonConversion();
        });

        b.Entity<CalendarYear>(e =>
        {
            e.HasKey(y => y.Year);
            e.Property(y => y.Year).ValueGeneratedNever();
            e.Property(y => y.Notice).HasMaxLength(200);
            e.Property(y => y.LoadedBy).HasMaxLength(100);
            e.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CalendarDay>(e =>
        {
            e.HasKey(d => d.Date);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(d => d.Name).HasMaxLength(50);
        });

        CaseConfiguration.Configure(b, Database.IsNpgsql(), protector);
        Features.Supervision.SupervisionConfiguration.Configure(b);
        Features.Ratings.RatingsConfiguration.Configure(b);
        Features.Indicators.Rollup.DailyFigureConfiguration.Configure(b);
        Features.Bundles.BundleConfiguration.Configure(b, protector);
        Features.CrossArea.CrossAreaFeature.Configure(b, protector);
        Features.Licences.LicencesFeature.Configure(b, protector);
        Features.DataSharing.DataSharingFeature.Configure(b, protector);
        Features.Commitments.CommitmentsFeature.Configure(b);
        b.Entity<Common.Notifications.Message>(e =>
        {
            e.HasIndex(m => new { m.AccountId, m.At });
            e.Property(m => m.Title).HasMaxLength(100);
            e.Property(m => m.Body).HasMaxLength(1000);
            e.Property(m => m.CaseNumber).HasMaxLength(32);
        });

        b.Entity<AuditEntry>(e =>
        {
            e.Property(a => a.Actor).HasMaxLength(100);
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.Subject).HasMaxLength(200);
            e.HasIndex(a => new { a.Subject, a.At });
        });

        // DateTimeOffset is stored as UTC ticks on SQLite so that ordering and comparison work there.
        if (Database.IsSqlite())
        {
            foreach (var p in b.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
                p.SetValueConverter(new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero)));
        }
    }
}

public sealed class SqliteYiwangDb(DbContextOptions<SqliteYiwangDb> options) : YiwangDb(options);

public sealed class PostgresYiwangDb(DbContextOptions<PostgresYiwangDb> options) : YiwangDb(options);
