namespace Yiwang.Web.Features.Catalog.Guidance;

/// <summary>
/// "Which materials do I need for …?" for one item: the guide's questions answered, its
/// materials filtered by their conditions. The same conditions and binding as a bundle plan.
/// </summary>
internal sealed record ItemPlan(string ItemCode, string ItemName, IReadOnlyList<Material> Materials, IReadOnlyList<Material> NotNeeded)
{
    public static ItemPlan Of(string code, ServiceGuide guide, double[] answers, Questionnaire questions)
    {
        var needed = new List<Material>();
        var notNeeded = new List<Material>();
        foreach (var m in guide.Materials)
            (Condition.Holds(Condition.Parse(m.When, questions), answers) ? needed : notNeeded).Add(m);
        return new ItemPlan(code, guide.Name, needed, notNeeded);
    }
}
