using Yiwang.Web.Features.Commitments;

namespace Yiwang.Tests.Features.Commitments;

public class CommitmentRulesTests
{
    private static Commitment Letter() => Commitment.Sign(1, "ZJ-20261125-000001", 7, "食品经营许可", "经营场所使用证明", Guid.Parse("11111111-1111-1111-1111-111111111111"), "张三",
        "citizen", new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_signature_digest_fixes_the_letter()
    {
        Assert.Equal(Letter().Digest, Letter().Digest);
        Assert.Equal(64, Letter().Digest.Length);
        var other = Commitment.Sign(1, "ZJ-20261125-000001", 7, "食品经营许可", "住所使用证明", Guid.Parse("11111111-1111-1111-1111-111111111111"), "张三",
            "citizen", new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        Assert.NotEqual(Letter().Digest, other.Digest);
        Assert.Contains("经营场所使用证明", Letter().Text);
    }

    [Fact]
    public void A_check_opens_on_a_grant_and_ends_once()
    {
        var l = Letter();
        Assert.Throws<InvalidOperationException>(() => l.Check(true, "属实", false, "approver", Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow));
        l.Granted(new DateOnly(2026, 12, 23));
        Assert.Equal((PostCheckStatus.Open, false, true), (l.Status, l.OverdueOn(new DateOnly(2026, 12, 23)), l.OverdueOn(new DateOnly(2026, 12, 24))));
        l.Check(false, "场所不符", revokeGrant: true, "approver", Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow);
        Assert.Equal((PostCheckStatus.False, true, false), (l.Status, l.GrantRevoked, l.OverdueOn(new DateOnly(2027, 1, 1))));
        Assert.Throws<InvalidOperationException>(() => l.Check(true, "再查", false, "approver", Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow));
        l.Reopen();
        Assert.Equal(PostCheckStatus.False, l.Status);
    }

    [Fact]
    public void A_case_without_a_grant_cancels_and_a_recall_reopens()
    {
        var l = Letter();
        l.Cancel();
        Assert.Equal(PostCheckStatus.Cancelled, l.Status);
        l.Reopen();
        Assert.Equal((PostCheckStatus.AwaitingDecision, (DateOnly?)null), (l.Status, l.CheckDue));
        l.Granted(new DateOnly(2027, 1, 4));
        l.Reopen();
        Assert.Equal(PostCheckStatus.AwaitingDecision, l.Status);
        var truthful = Letter();
        truthful.Granted(new DateOnly(2027, 1, 4));
        truthful.Check(true, "属实", revokeGrant: true, "approver", Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow);
        Assert.Equal((PostCheckStatus.Confirmed, false), (truthful.Status, truthful.GrantRevoked));
    }
}
