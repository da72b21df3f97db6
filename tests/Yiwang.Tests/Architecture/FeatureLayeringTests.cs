namespace Yiwang.Tests.Architecture;

/// <summary>
/// Features depend on each other in one direction. Each feature has a layer; a feature may use
/// features of lower layers only. Foundations (Calendar, Organization, Accounts, Catalog) use
/// nothing above them, without exception. Upper features still have a few upward uses from before
/// the case events: they are listed in <see cref="KnownDebt"/>, which may only shrink (the test fails
/// when a listed use is gone, so the list is kept true). Any other upward use fails, so a new cycle
/// between features cannot come in. docs/decisions/0012 draws the layers.
/// </summary>
public class FeatureLayeringTests
{
    public static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>
    {
        ["Calendar"] = 0, ["Organization"] = 0,
        ["Accounts"] = 1,
        ["Catalog"] = 2,
        ["Cases"] = 3,
        ["Licences"] = 4,
        ["DataSharing"] = 5,
        ["Commitments"] = 6, ["CrossArea"] = 6,
        ["Bundles"] = 7, ["Ratings"] = 7,
        ["Supervision"] = 8,
        ["Indicators"] = 9,
        ["Portal"] = 10, ["Staff"] = 10,
    };

    private static readonly string[] Foundations = ["Calendar", "Organization", "Accounts", "Catalog"];

    /// <summary>Upward uses still to be turned around (each: who uses, what for).</summary>
    public static readonly IReadOnlySet<(string From, string To)> KnownDebt = new HashSet<(string, string)>
    {
        ("Cases", "Licences"),     // 免证办: an application draws licences and decision documents (MaterialReuse)
        ("Cases", "DataSharing"),  // the application form is prefilled from the 法人库
        ("Cases", "Commitments"),  // an application signs 告知承诺书 in its own transaction
    };

    [Fact]
    public void Every_feature_has_a_layer()
    {
        var unknown = FeatureGraph.Edges.Value.Keys.Where(f => !Layers.ContainsKey(f)).ToList();
        Assert.True(unknown.Count == 0, $"Give these features a layer in {nameof(Layers)}: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Foundation_features_use_no_feature_above_them()
    {
        var wrong = Uses().Where(u => Foundations.Contains(u.From) && Layers[u.To] >= Layers[u.From]).Select(Describe).ToList();
        Assert.True(wrong.Count == 0, "A foundation feature uses a feature above it (react to its events instead):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void No_feature_uses_one_above_it_beyond_the_known_debt()
    {
        var wrong = Uses().Where(u => Layers[u.To] >= Layers[u.From] && !KnownDebt.Contains((u.From, u.To))).Select(Describe).ToList();
        Assert.True(wrong.Count == 0, "New upward use between features (it would make a cycle; use an event, or move the code down):\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Known_debt_is_still_owed()
    {
        var paid = KnownDebt.Where(d => !Uses().Any(u => (u.From, u.To) == d)).ToList();
        Assert.True(paid.Count == 0, $"No longer used, remove from {nameof(KnownDebt)}: {string.Join(", ", paid)}");
    }

    [Fact]
    public void The_graph_reads_real_uses()
    {
        // Guards the reader itself: these uses are certain (a case is opened for a catalog item; a bundle runs cases).
        Assert.Contains(Uses(), u => (u.From, u.To) == ("Cases", "Catalog"));
        Assert.Contains(Uses(), u => (u.From, u.To) == ("Bundles", "Cases"));
        Assert.DoesNotContain(Uses(), u => u.From == "Cases" && u.To == "Supervision");
    }

    private static IEnumerable<(string From, string To, SortedSet<string> By)> Uses() =>
        FeatureGraph.Edges.Value.SelectMany(f => f.Value.Select(t => (f.Key, t.Key, t.Value)));

    private static string Describe((string From, string To, SortedSet<string> By) u) =>
        $"{u.From} → {u.To}: {string.Join(", ", u.By.Take(5))}";
}
