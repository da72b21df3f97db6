namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// The three life cycles of the reform and their stages, each with the item themes listed at it
/// (an item appears at a stage when one of its themes is the stage's).
/// </summary>
internal static class LifeCycles
{
    public sealed record Stage(string Name, string[] Themes);

    public static readonly IReadOnlyDictionary<LifeCycle, Stage[]> Stages = new Dictionary<LifeCycle, Stage[]>
    {
        [LifeCycle.Enterprise] =
        [
            new("开办", ["开办企业"]), new("变更", ["企业变更"]),
            new("经营", ["开办餐饮店", "文化旅游", "交通运输", "农业", "企业经营"]), new("注销", ["企业注销"]),
        ],
        [LifeCycle.Project] =
        [
            new("立项", ["投资项目"]), new("用地", ["项目用地"]), new("规划", ["项目规划"]), new("施工", ["项目施工"]), new("竣工", ["项目竣工"]),
        ],
        [LifeCycle.Person] =
        [
            new("出生", ["出生"]), new("入学", ["入学"]), new("就业", ["就业"]), new("婚育", ["婚姻", "生育"]), new("退休", ["退休"]), new("身后", ["身后"]),
        ],
    };

    public static string Label(this LifeCycle c) => c switch
    {
        LifeCycle.Enterprise => "企业全生命周期",
        LifeCycle.Project => "项目全生命周期",
        _ => "个人全生命周期",
    };

    public static string Slug(this LifeCycle c) => c switch
    {
        LifeCycle.Enterprise => "enterprise",
        LifeCycle.Project => "project",
        _ => "person",
    };

    public static LifeCycle? FromSlug(string? slug) => Enum.GetValues<LifeCycle>().Cast<LifeCycle?>().FirstOrDefault(c => c!.Value.Slug() == slug);
}
