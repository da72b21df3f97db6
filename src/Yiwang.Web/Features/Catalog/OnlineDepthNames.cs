namespace Yiwang.Web.Features.Catalog;

/// <summary>
/// Names of the 网办深度 levels Ⅰ–Ⅳ. Provinces name them differently, so they come from configuration
/// (Catalog:OnlineDepthNames:1..4); the defaults follow docs/decisions and shared norms §2.3.
/// Level Ⅱ and above counts as 网上可办; Ⅳ is 全程网办 with no visit.
/// </summary>
internal sealed class OnlineDepthNames(IConfiguration configuration)
{
    private static readonly string[] Defaults = ["事项公开", "在线办理", "在线预审", "全程网办"];
    private static readonly string[] Numerals = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"];

    public string Name(int level) =>
        level is < 1 or > 4 ? "未知" : configuration[$"Catalog:OnlineDepthNames:{level}"] ?? Defaults[level - 1];

    public string Label(int level) => level is < 1 or > 4 ? "未知" : $"{Numerals[level - 1]}级 {Name(level)}";

    public static bool CountsAsOnline(int level) => level >= 2;
    public static bool IsFullyOnline(int level) => level == 4;
}
