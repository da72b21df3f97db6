using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Data;

/// <summary>The one model of the platform. Provider-specific subclasses exist only to hold migrations.</summary>
internal class YiwangDb(DbContextOptions options)
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
    public DbSet<Features.DataSharing.EnterpriseDataRecord> EnterpriseDataRecords => Set<Features.DataSharing.EnterpriseDataRecord>();
    public DbSet<Features.Policies.Policy> Policies => Set<Features.Policies.Policy>();
    public DbSet<Features.Policies.PolicyVersion> PolicyVersions => Set<Features.Policies.PolicyVersion>();
    public DbSet<Features.Policies.Matching.PolicyMatch> PolicyMatches => Set<Features.Policies.Matching.PolicyMatch>();
    public DbSet<Features.Policies.Redeem.Entitlement> Entitlements => Set<Features.Policies.Redeem.Entitlement>();
    public DbSet<Features.Policies.Redeem.EntitlementBatch> EntitlementBatches => Set<Features.Policies.Redeem.EntitlementBatch>();
    public DbSet<Features.Policies.Apply.PolicyApplication> PolicyApplications => Set<Features.Policies.Apply.PolicyApplication>();
    public DbSet<Features.Policies.Instant.InstantDecision> InstantDecisions => Set<Features.Policies.Instant.InstantDecision>();
    public DbSet<Features.Hotline.Ticket> Tickets => Set<Features.Hotline.Ticket>();
    public DbSet<Features.Hotline.TicketEvent> TicketEvents => Set<Features.Hotline.TicketEvent>();
    public DbSet<Features.Hotline.TicketCategory> TicketCategories => Set<Features.Hotline.TicketCategory>();
    public DbSet<Features.Hotline.TicketNumberCounter> TicketNumberCounters => Set<Features.Hotline.TicketNumberCounter>();
    public DbSet<Features.DataSharing.ApiClient> ApiClients => Set<Features.DataSharing.ApiClient>();
    public DbSet<Features.DataSharing.DataAccess> DataAccesses => Set<Features.DataSharing.DataAccess>();
    public DbSet<Features.Commitments.Commitment> Commitments => Set<Features.Commitments.Commitment>();
    public DbSet<Features.Catalog.SearchPhrases.SearchPhrase> SearchPhrases => Set<Features.Catalog.SearchPhrases.SearchPhrase>();
    public DbSet<Features.Catalog.MaterialAttachments.MaterialAttachment> MaterialAttachments => Set<Features.Catalog.MaterialAttachments.MaterialAttachment>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        // Each entity's mapping sits next to it, as an IEntityTypeConfiguration.
        b.ApplyConfigurationsFromAssembly(typeof(YiwangDb).Assembly);
        if (Database.IsNpgsql()) CaseKeys.OnPostgres(b);
        // Contexts are pooled (single-options constructor), so the protector comes from the application's services.
        var protector = this.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?
            .GetService<PersonalDataProtector>() ?? throw new InvalidOperationException("PersonalDataProtector is not registered");
        EncryptedColumns.Apply(b, protector);

        // DateTimeOffset is stored as UTC ticks on SQLite so that ordering and comparison work there.
        if (Database.IsSqlite())
        {
            foreach (var p in b.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                         .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
                p.SetValueConverter(new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero)));
        }
    }
}

internal sealed class SqliteYiwangDb(DbContextOptions<SqliteYiwangDb> options) : YiwangDb(options);

internal sealed class PostgresYiwangDb(DbContextOptions<PostgresYiwangDb> options) : YiwangDb(options);
