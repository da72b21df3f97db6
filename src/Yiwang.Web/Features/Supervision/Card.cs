using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Supervision;

/// <summary>预警 (a notice to the assignee), 黄牌, 红牌.</summary>
internal enum CardLevel { Warning, Yellow, Red }

/// <summary>The rule a card was raised under (time limits watched by the sweep, process violations seen at the event).</summary>
internal enum CardRule
{
    StepDueSoon, PromisedLimitPassed, LegalLimitPassed, LongOverdue, DecidedWithoutAcceptance, RepeatedSupplement, RectificationOverdue, PostCheckOverdue,
    /// <summary>§32: neither accepted, refused nor sent to 补正 within five working days: accepted by law (red).</summary>
    AcceptanceByLaw,
    /// <summary>§32: accepted, refused or sent to 补正 after the five working days (yellow).</summary>
    LateAcceptance,
    /// <summary>§45: a special procedure near (预警) or past (yellow) its maximum.</summary>
    SuspensionEndsSoon, SuspensionOverrun,
    /// <summary>一件事 (联合办理): its promised (yellow) or legal (red, §42: 45 days) limit passed before 统一出件; the step is the bundle case's id.</summary>
    JointPromisedPassed, JointLegalPassed,
}

/// <summary>待答复 → 已答复 → 已办结 / 已升级; a 预警 is a notice that needs no answer.</summary>
internal enum CardStatus { Notice, Open, Answered, Closed, Escalated }

/// <summary>
/// A supervision card on one case: who (department, assignee), which rule, when. The department
/// answers with an explanation and the correction made; the supervisor closes it or escalates it.
/// One card per case, rule and step (a unique index), so a sweep that runs twice raises nothing new.
/// </summary>
internal sealed class Card
{
    public long Id { get; init; }
    public long CaseId { get; init; }
    public required string CaseNumber { get; init; }
    public required string ItemName { get; init; }
    public int DepartmentId { get; init; }
    public string? Assignee { get; init; }
    public CardRule Rule { get; init; }
    /// <summary>The step a 预警 is about, the 补正 round of a repeated 补正; 0 for rules about the whole case.</summary>
    public int Step { get; init; }
    public CardLevel Level { get; init; }
    public required string Detail { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
    public DateOnly RaisedOn { get; init; }
    public DateOnly? AnswerDue { get; init; }
    public CardStatus Status { get; private set; }
    public string? Explanation { get; private set; }
    public string? Correction { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosingNote { get; private set; }
    public Guid Concurrency { get; private set; } = Guid.NewGuid();

    public static Card Raise(CardFinding f, long caseId, string caseNumber, string itemName, int departmentId, string? assignee,
        DateTimeOffset at, DateOnly today, DateOnly? answerDue) => new()
    {
        CaseId = caseId, CaseNumber = caseNumber, ItemName = itemName, DepartmentId = departmentId, Assignee = assignee,
        Rule = f.Rule, Step = f.Step, Level = f.Level, Detail = f.Detail, RaisedAt = at, RaisedOn = today,
        AnswerDue = f.Level == CardLevel.Warning ? null : answerDue,
        Status = f.Level == CardLevel.Warning ? CardStatus.Notice : CardStatus.Open,
    };

    public bool AnswerOverdue(DateOnly today) => Status == CardStatus.Open && AnswerDue is { } due && today > due;

    public void Answer(string by, string? explanation, string? correction, DateTimeOffset at)
    {
        if (Status != CardStatus.Open) throw new RefusedException($"该{Level.Label()}当前为“{Status.Label()}”，不能答复");
        Explanation = Required(explanation, "请说明原因", "explanation");
        Correction = Required(correction, "请写明整改措施", "correction");
        (AnsweredBy, AnsweredAt, Status) = (by, at, CardStatus.Answered);
        Concurrency = Guid.NewGuid();
    }

    /// <summary>办结 after the department's answer (a 预警 may be closed at any time).</summary>
    public void Close(string by, string? note, DateTimeOffset at)
    {
        if (Status is not (CardStatus.Answered or CardStatus.Notice))
            throw new RefusedException(Status == CardStatus.Open ? "部门尚未答复，不能办结；可督办或升级" : $"该{Level.Label()}已{Status.Label()}");
        (ClosedBy, ClosedAt, ClosingNote, Status) = (by, at, note?.Trim(), CardStatus.Closed);
        Concurrency = Guid.NewGuid();
    }

    /// <summary>升级: the answer is missing or not accepted; the case goes to the leadership with the supervisor's note.</summary>
    public void Escalate(string by, string? note, DateTimeOffset at)
    {
        if (Status is not (CardStatus.Open or CardStatus.Answered)) throw new RefusedException($"该{Level.Label()}当前为“{Status.Label()}”，不能升级");
        (ClosedBy, ClosedAt, ClosingNote, Status) = (by, at, Required(note, "升级须说明理由", "note"), CardStatus.Escalated);
        Concurrency = Guid.NewGuid();
    }

    private static string Required(string? value, string message, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new RefusedException(message, field) : value.Trim();
}


internal static class CardNames
{
    public static string Label(this CardLevel l) => l switch { CardLevel.Warning => "预警", CardLevel.Yellow => "黄牌", _ => "红牌" };

    public static string Label(this CardStatus s) => s switch
    {
        CardStatus.Notice => "预警提示", CardStatus.Open => "待答复", CardStatus.Answered => "已答复", CardStatus.Closed => "已办结", _ => "已升级",
    };

    public static string Label(this CardRule r) => r switch
    {
        CardRule.StepDueSoon => "环节时限将到",
        CardRule.PromisedLimitPassed => "超承诺时限",
        CardRule.LegalLimitPassed => "超法定时限",
        CardRule.LongOverdue => "持续超期",
        CardRule.DecidedWithoutAcceptance => "未受理即作出决定",
        CardRule.RepeatedSupplement => "重复补正",
        CardRule.PostCheckOverdue => "事后核查逾期",
        CardRule.AcceptanceByLaw => "逾期未受理（依法视为受理）",
        CardRule.LateAcceptance => "逾期受理或告知补正",
        CardRule.SuspensionEndsSoon => "特别程序将到期",
        CardRule.SuspensionOverrun => "特别程序超期",
        CardRule.JointPromisedPassed => "一件事超承诺时限",
        CardRule.JointLegalPassed => "一件事超联合办理法定时限",
        _ => "差评整改逾期",
    };
}
