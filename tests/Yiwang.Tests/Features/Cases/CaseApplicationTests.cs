using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Tests.Features.Cases;

/// <summary>One way a case comes into being, whoever applies and however.</summary>
public class CaseApplicationTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private static CurrentItemVersion Item()
    {
        var guide = new ServiceGuide
        {
            Name = "食品经营许可", PromisedLimitDays = 5, LegalLimitDays = 20, CaseKind = CaseKind.Promised,
            Steps = [new() { Name = "受理", Days = 1 }, new() { Name = "审查", Days = 3 }, new() { Name = "决定", Days = 1 }, new() { Name = "办结" }],
            Materials = [new() { Name = "营业执照", Required = true }, new() { Name = "承诺书", Required = true }],
        };
        var item = ServiceItem.Create("T-1", 1, guide, "t", T);
        return new CurrentItemVersion(item, item.Publish("t", T));
    }

    [Fact]
    public void A_window_application_on_someones_behalf_is_submitted_with_its_authorization_on_the_timeline()
    {
        var c = Case.Apply(new CaseApplication("ZJ-20261125-000001", Item(), Guid.NewGuid(), "张三", CaseChannel.Window,
            new() { ["name"] = "张三" }, FormComplete: true, PickupHallId: 3, T, new Actor("clerk", T, "hall:1", ApplicantPresent: true),
            SubmitNote: "帮办代办，授权：委托书", MaterialsDrawn: 5));
        Assert.Equal(CaseStatus.Submitted, c.Status);
        Assert.Equal("提交申请（帮办代办，授权：委托书）", Assert.Single(c.Events).Detail);
        Assert.Equal((3, 2, 1), (c.PickupHallId!.Value, c.MaterialsDrawn, c.Trips)); // drawn never more than required; the applicant stood there
        Assert.Equal("张三", c.FormData["name"]);
        Assert.Null(c.BundleCaseId);
    }

    [Fact]
    public void A_draft_stays_unsubmitted_and_a_bundle_part_joins_its_bundle()
    {
        var draft = Case.Apply(new CaseApplication("ZJ-20261125-000002", Item(), Guid.NewGuid(), "张三", CaseChannel.Online, [], FormComplete: false, null, T, null));
        Assert.Equal(CaseStatus.Draft, draft.Status);
        Assert.Empty(draft.Events);

        var part = Case.Apply(new CaseApplication("ZJ-20261125-000003", Item(), Guid.NewGuid(), "张三", CaseChannel.Online, [], FormComplete: true, null, T,
            new Actor("一件事联办", T), BundleCaseId: 42));
        Assert.Equal((CaseStatus.Submitted, 42L), (part.Status, part.BundleCaseId!.Value));
        Assert.Equal("提交申请", Assert.Single(part.Events).Detail);
    }
}
