using Microsoft.AspNetCore.Identity;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts.ManageStaff;
using Yiwang.Web.Features.Accounts.Register;
using Yiwang.Web.Features.Accounts.SignIn;

namespace Yiwang.Web.Features.Accounts;

internal static class AccountsFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        // 统一身份认证: the simulator wherever the demo city loads (or Identity:Provider=Simulator); a city registers its own provider.
        if (Common.Hosting.Simulators.On(config, env, "Identity:Provider"))
            services.AddSingleton<Assurance.SimulatedIdentityProvider>().AddSingleton<Assurance.IIdentityProvider>(sp => sp.GetRequiredService<Assurance.SimulatedIdentityProvider>());
        // 电子营业执照: the same, with Identity:BusinessLicenceProvider=Simulator.
        if (Common.Hosting.Simulators.On(config, env, "Identity:BusinessLicenceProvider"))
            services.AddSingleton<LegalPersons.SimulatedBusinessLicenceProvider>().AddSingleton<LegalPersons.IBusinessLicenceProvider>(sp => sp.GetRequiredService<LegalPersons.SimulatedBusinessLicenceProvider>());
        services.AddIdentity<Account, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<YiwangDb>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/denied";
            o.Cookie.Name = "yiwang.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever the user's request was HTTPS (forwarded headers behind a proxy)
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers with status codes, never a redirect to the login page.
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, 401);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, 403);
            o.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
        });
        services.AddScoped<AccountsHandler>().AddScoped<ManageStaff.StaffDirectory>();
        services.AddScoped<SignInHandler>().AddScoped<Sms.SmsCodes>().AddScoped<Assurance.AssuranceHandler>().AddScoped<Passwords.PasswordsHandler>()
            .AddScoped<LegalPersons.LegalPersonsHandler>().AddScoped<LegalPersons.AgentGrantsHandler>();
        return services;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>The sign-out form of the page header (antiforgery-checked form post).</summary>
    public static void MapSignOutForm(this IEndpointRouteBuilder app) =>
        app.MapPost("/logout", async (HttpContext http, Microsoft.AspNetCore.Antiforgery.IAntiforgery af) =>
        {
            if (!await af.IsRequestValidAsync(http)) return Results.BadRequest();
            await SessionStamp.SignOutEverywhereAsync(http);
            return Results.Redirect("/");
        }).ExcludeFromDescription().DisableAntiforgery();

    public static void MapAccounts(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        app.MapSignOutForm();
        Assurance.AssuranceEndpoints.MapAssurance(app);
        Passwords.PasswordEndpoints.MapPasswords(app);
        LegalPersons.LegalPersonEndpoints.MapLegalPersons(app);
        api.MapPost("/auth/login", async (SignInRequest r, SignInHandler h) =>
            (await h.HandleAsync(r)).ToHttp(_ => TypedResults.NoContent()))
            .RequireRateLimiting(RateLimits.Login).WithSummary("登录（设置 Cookie）");
        api.MapPost("/auth/logout", async (HttpContext http) => { await SessionStamp.SignOutEverywhereAsync(http); return TypedResults.NoContent(); })
            .WithSummary("退出登录（本账号的所有会话同时失效）");
        api.MapPost("/accounts", async (RegisterRequest r, AccountsHandler h, CancellationToken ct) =>
            (await h.RegisterAsync(r, ct)).ToHttp(a => TypedResults.Created("/api/v1/accounts/me", a)))
            .RequireRateLimiting(RateLimits.Register).WithSummary("注册个人或法人账号");
        api.MapGet("/accounts/me", async (HttpContext http, AccountsHandler h) => await h.MeAsync(http.User) is { } me ? Results.Ok(me) : Results.Unauthorized())
            .RequireAuthorization().WithSummary("当前账号（个人信息已脱敏）");
        var admin = api.MapGroup("/staff").RequireAuthorization(Policy.PlatformAdmin);
        admin.MapGet("", async (ManageStaff.StaffDirectory h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("工作人员列表（系统管理员）");
        admin.MapPost("", async (CreateStaffRequest r, AccountsHandler h, HttpContext http, CancellationToken ct) =>
            (await h.CreateStaffAsync(r, http.User, ct)).ToHttp(a => TypedResults.Created($"/api/v1/staff/{a.Id}", a)))
            .WithSummary("新增工作人员（系统管理员）");
    }
}

