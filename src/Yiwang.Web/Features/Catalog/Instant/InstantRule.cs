namespace Yiwang.Web.Features.Catalog.Instant;

/// <summary>
/// 秒批 (智能自动审批) of an item: a condition over the application form and the facts the platform
/// itself holds about the applicant (<see cref="ApplicationFacts"/>). An online application that meets
/// it, with every material it gives of trust A or B, is accepted and granted by the system.
/// </summary>
public sealed class InstantRule
{
    /// <summary>The condition, in the platform's rule language: <c>age &gt;= 16 and credit_ok and reason = "遗失补领"</c>.</summary>
    public string Rule { get; set; } = "";

    /// <summary>What the rule means in words, for the guide (optional: the rule is explained anyway).</summary>
    public string? Description { get; set; }
}
