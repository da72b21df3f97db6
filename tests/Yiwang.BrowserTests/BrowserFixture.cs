using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.BrowserTests;

/// <summary>The app on a real Kestrel port with its own database, and headless Debian Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public YiwangFactory App { get; } = new();
    public string BaseUrl { get; private set; } = "";
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        App.ServerAddress = new Uri(BaseUrl);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(Artifacts);
    }

    public async Task<IPage> PageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript, Locale = "zh-CN", IsMobile = width < 500, HasTouch = width < 500,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context signed in as a demo account, landed on <paramref name="path"/>.</summary>
    public async Task<IPage> SignedInAsync(string user, string path, int width = 1280)
    {
        var page = await PageAsync(width);
        await page.GotoAsync("/login?returnUrl=" + Uri.EscapeDataString(path));
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(Yiwang.Web.Data.Seed.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
        return page;
    }

    /// <summary>Runs a journey; a failure leaves a screenshot in artifacts/, and so does the end of every journey.</summary>
    public static async Task JourneyAsync(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await steps();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".FAILED.png"), FullPage = true });
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
