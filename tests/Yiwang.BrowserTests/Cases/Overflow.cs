using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>A page that scrolls sideways on a phone is broken: the document must not be wider than the screen.</summary>
internal static class Overflow
{
    public static async Task AssertNoneAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{where}：页面宽 {widths[0]}px，超出屏幕 {widths[1]}px（{page.Url}）");
    }
}
