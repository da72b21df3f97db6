namespace Yiwang.Web.Features.Catalog.Guidance;

/// <summary>
/// One question of an 智能导办 questionnaire ("是否涉及食品经营?", "员工人数"). Its answers decide
/// which parts, materials and fields apply, through <see cref="Condition"/>s that name its key.
/// </summary>
public sealed class Question
{
    /// <summary>Stable key conditions refer to (letters, digits, underscore).</summary>
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
    public QuestionKind Kind { get; set; }
    /// <summary>For a choice: the allowed answers (a yes/no question's are always 是 and 否).</summary>
    public List<string> Options { get; set; } = [];
    public string? Help { get; set; }

    public const string Yes = "是";
    public const string No = "否";

    /// <summary>The answers offered to the applicant.</summary>
    public IReadOnlyList<string> Choices => Kind == QuestionKind.YesNo ? [Yes, No] : Options;
}

public enum QuestionKind { YesNo, Choice, Number }
