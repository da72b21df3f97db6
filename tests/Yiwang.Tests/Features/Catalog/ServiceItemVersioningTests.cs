using Yiwang.Web.Features.Catalog;

namespace Yiwang.Tests.Features.Catalog;

public class ServiceItemVersioningTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);

    private static ServiceGuide Guide(string name, int promised = 5) => new() { Name = name, PromisedLimitDays = promised, CaseKind = CaseKind.Promised };

    [Fact]
    public void A_new_item_is_a_draft_and_has_no_current_version()
    {
        var item = ServiceItem.Create("T-1", 1, Guide("甲"), "li", T0);
        Assert.Null(item.CurrentVersionNo);
        Assert.Equal(1, item.DraftVersionNo);
        Assert.Equal(VersionState.Draft, item.Draft!.State);
    }

    [Fact]
    public void Publishing_makes_the_draft_current_and_supersedes_the_previous_version()
    {
        var item = ServiceItem.Create("T-1", 1, Guide("甲"), "li", T0);
        item.Publish("li", T0);
        item.SaveDraft(Guide("乙"), "li", T0.AddDays(1));
        Assert.Equal(1, item.CurrentVersionNo); // the edit does not change what the public sees
        Assert.Equal("甲", item.Current!.Guide.Name);

        item.Publish("wang", T0.AddDays(2));
        Assert.Equal(2, item.CurrentVersionNo);
        Assert.Null(item.DraftVersionNo);
        Assert.Equal(VersionState.Superseded, item.Versions.Single(v => v.VersionNo == 1).State);
        Assert.Equal("甲", item.Versions.Single(v => v.VersionNo == 1).Guide.Name); // earlier versions stay readable
        Assert.Equal("wang", item.Current!.PublishedBy);
    }

    [Fact]
    public void Saving_again_edits_the_same_draft_instead_of_opening_another()
    {
        var item = ServiceItem.Create("T-1", 1, Guide("甲"), "li", T0);
        item.Publish("li", T0);
        item.SaveDraft(Guide("乙"), "li", T0);
        item.SaveDraft(Guide("丙"), "li", T0);
        Assert.Equal(2, item.Versions.Count);
        Assert.Equal("丙", item.Draft!.Guide.Name);
    }

    [Fact]
    public void Every_change_renews_the_concurrency_token()
    {
        var item = ServiceItem.Create("T-1", 1, Guide("甲"), "li", T0);
        var before = item.Concurrency;
        item.Publish("li", T0);
        Assert.NotEqual(before, item.Concurrency);
    }

    [Fact]
    public void Publishing_without_a_draft_is_refused()
    {
        var item = ServiceItem.Create("T-1", 1, Guide("甲"), "li", T0);
        item.Publish("li", T0);
        Assert.Throws<InvalidOperationException>(() => item.Publish("li", T0));
    }

    [Fact]
    public void Discarding_a_draft_keeps_the_current_version()
    {
        var item = ServiceItem.Create("T-1", 1, Guide("甲"), "li", T0);
        item.Publish("li", T0);
        item.SaveDraft(Guide("乙"), "li", T0);
        item.DiscardDraft();
        Assert.Null(item.Draft);
        Assert.Equal("甲", item.Current!.Guide.Name);
    }
}
