using Scalar.AspNetCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Components;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Bundles;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Hotline;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Commitments;
using Yiwang.Web.Features.CrossArea;
using Yiwang.Web.Features.DataSharing;
using Yiwang.Web.Features.Indicators;
using Yiwang.Web.Features.Licences;
using Yiwang.Web.Features.Organization;
using Yiwang.Web.Features.Policies;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Supervision;

var builder = WebApplication.CreateBuilder(args);
// Serve framework assets (blazor.web.js) from the build output in every environment; a no-op once published.
builder.WebHost.UseStaticWebAssets();
// http://127.0.0.1:5080 unless Urls / ASPNETCORE_URLS / --urls says otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://127.0.0.1:5080");
builder.AddYiwangLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddYiwangDb(builder.Configuration, builder.Environment);
builder.Services.AddHostedService<DatabaseStartup>();
builder.Services.AddScoped<AuditLog>();
builder.Services.AddSmsGateway(builder.Configuration, builder.Environment);
builder.Services.AddYiwangHttp(builder.Configuration);
builder.Services.AddStaffPolicies();
builder.Services.AddAccounts(builder.Configuration, builder.Environment);
builder.Services.AddOrganization();
builder.Services.AddCatalog();
builder.Services.AddCalendar();
builder.Services.AddCases();
builder.Services.AddBundles();
builder.Services.AddCrossArea();
builder.Services.AddLicences();
builder.Services.AddDataSharing();
builder.Services.AddCommitments();
builder.Services.AddSupervision();
builder.Services.AddRatings();
builder.Services.AddIndicators();
builder.Services.AddPolicies();
builder.Services.AddHotline();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await DatabaseStartup.MigrateAsync(app.Services, seed: false, CancellationToken.None);
    return;
}

app.UseYiwangHttp();
app.MapStaticAssets();
app.MapAccounts();
app.MapOrganization();
app.MapCatalog();
app.MapCalendar();
app.MapCases();
app.MapBundles();
app.MapCrossArea();
app.MapLicences();
app.MapDataSharing();
app.MapCommitments();
app.MapSupervision();
app.MapRatings();
app.MapIndicators();
app.MapPolicies();
app.MapHotline();
Yiwang.Web.Features.Portal.ElderMode.ElderMode.MapElderMode(app);
app.MapGet("/healthz", DatabaseStartup.HealthAsync).ExcludeFromDescription();
#if BENCH_ENDPOINTS
app.MapBenchEndpoints();
#endif
app.MapOpenApi();
app.MapScalarApiReference("/api/docs", o => o.WithTitle("一网通办 API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
// The site's own policy (SecurityHeaders) already says frame-ancestors 'self'.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
