using Microsoft.Playwright;

namespace Yiwang.BrowserTests;

/// <summary>One signed-in browser per demo account, kept for a long journey through many desks.</summary>
internal sealed class SignedInPages(BrowserFixture fx) : IAsyncDisposable
{
    private readonly Dictionary<string, IPage> _pages = [];

    public async Task<IPage> OfAsync(string user)
    {
        if (!_pages.TryGetValue(user, out var page))
            _pages[user] = page = await fx.SignedInAsync(user, "/");
        return page;
    }

    /// <summary>Where every desk stands, for a journey that failed: artifacts/{name}-{user}.FAILED.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        foreach (var (user, page) in _pages)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, $"{name}-{user}.FAILED.png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages.Values) await page.Context.CloseAsync();
    }
}
