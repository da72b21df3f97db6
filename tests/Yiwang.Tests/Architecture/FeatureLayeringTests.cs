namespace Yiwang.Tests.Architecture;

/// <summary>
/// Features depend on each other in one direction. Each feature has a layer; a feature may use
/// features of lower layers only, so no cycle between features can come in. Foundations (Calendar,
/// Organization, Accounts, Catalog) use nothing above them. A lower feature that needs what a higher
/// one has names the need as an interface of its own, which the higher one implements (a port), or
/// the higher one reacts to its events. docs/decisions/0012 draws the layers.
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
        ["Supervision"] = 8, ["Policies"] = 8, ["Hotline"] = 8,
        ["Indicators"] = 9,
        ["Portal"] = 10, ["Staff"] = 10,
    };

    private static readonly string[] Foundations = ["Calendar", "Organization", "Accounts", "Catalog"];


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
    public void No_feature_uses_one_of_its_own_layer_or_above()
    {
        var wrong = Uses().Where(u => Layers[u.To] >= Layers[u.From]).Select(Describe).ToList();
        Assert.True(wrong.Count == 0,
            "Upward use between features (it would make a cycle): react to an event, or name the need as a port the higher feature implements:\n" + string.Join("\n", wrong));
    }


    [Fact]
    public void The_graph_reads_real_uses()
    {
        // Guards the reader itself: these uses are certain (a case is opened for a catalog item; a bundle runs cases).
        Assert.Contains(Uses(), u => (u.From, u.To) == ("Cases", "Catalog"));
        Assert.Contains(Uses(), u => (u.From, u.To) == ("Bundles", "Cases"));
        Assert.Contains(Uses(), u => (u.From, u.To) == ("Licences", "Cases"));
        Assert.DoesNotContain(Uses(), u => u.From == "Cases" && u.To == "Supervision");
    }

    private static IEnumerable<(string From, string To, SortedSet<string> By)> Uses() =>
        FeatureGraph.Edges.Value.SelectMany(f => f.Value.Select(t => (f.Key, t.Key, t.Value)));

    private static string Describe((string From, string To, SortedSet<string> By) u) =>
        $"{u.From} → {u.To}: {string.Join(", ", u.By.Take(5))}";
}
