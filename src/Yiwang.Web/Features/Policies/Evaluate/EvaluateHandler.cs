using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Rules;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Policies.Evaluate;

/// <summary>
/// The facts to evaluate on, by fact key: money as 50万元 / 300000元 (a bare number is 元), numbers
/// (12% for a rate), 是/否, dates as 2024-01-01, texts (an industry code such as C3911, a county name).
/// Without facts, a signed-in firm is evaluated on its own records (一企一档).
/// </summary>
internal sealed record EvaluateRequest(Dictionary<string, string>? Facts = null);

internal sealed record ClauseResult(string Key, string Title, string Mode, string Benefit, bool Eligible, long? AmountFen, string? Amount, string Summary,
    IReadOnlyList<string> WhyNot, IReadOnlyList<string> WouldQualify, int PromisedDays, ClauseTrace Trace);

internal sealed record PolicyEvaluation(string Code, string Title, bool Open, string FactsFrom, IReadOnlyList<ClauseResult> Clauses);

/// <summary>
/// 政策计算器: a policy's clauses (or every open policy's) evaluated on the facts given, with the whole
/// trace: eligible or not, how much, why not, and what would make the firm eligible. The same rules,
/// parser and compiler as 政策找人.
/// </summary>
internal sealed class EvaluateHandler(YiwangDb db, PolicyClauses clauses, FirmFactsReader reader, TimeProvider clock)
{
    public const string Answered = "申请人填报";

    public async Task<Outcome<PolicyEvaluation>> HandleAsync(string code, EvaluateRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var all = await EvaluateAsync(code, r, user, ct);
        if (!all.IsOk) return all.As<PolicyEvaluation>();
        return all.Value!.Count == 0 ? Outcome<PolicyEvaluation>.NotFound($"政策 {code} 不存在或尚未发布") : Outcome<PolicyEvaluation>.Ok(all.Value[0]);
    }

    /// <summary>Every open policy (<paramref name="code"/> null) or the one named.</summary>
    public async Task<Outcome<List<PolicyEvaluation>>> EvaluateAsync(string? code, EvaluateRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var on = clock.Today();
        FactSheet firm;
        string from;
        if (r.Facts is { Count: > 0 } given)
        {
            var (sheet, errors) = FromAnswers(given, on);
            if (errors.Count > 0) return Outcome<List<PolicyEvaluation>>.Invalid(errors, "填写的企业情况有误");
            (firm, from) = (sheet, Answered);
        }
        else if (user.CreditCode() is { } creditCode && (await reader.ReadAsync(on, creditCode, ct)).FirstOrDefault() is { } own)
            (firm, from) = (own, "本单位在基础库中的记录（一企一档）");
        else return Outcome<List<PolicyEvaluation>>.Invalid("facts", "请填写企业情况（或以法人账号登录，按本单位记录测算）");

        var open = code is null ? await clauses.OpenAsync(db, on, null, ct) : await AnyVersionAsync(code, ct);
        return Outcome<List<PolicyEvaluation>>.Ok(open.GroupBy(c => c.PolicyCode).Select(g => new PolicyEvaluation(g.Key, g.First().Document.Title, g.First().Document.OpenOn(on), from,
            g.Select(c => Result(c, c.Explain(firm, on))).ToList())).ToList());
    }

    /// <summary>What the calculator asks: the firm facts the open clauses (or the named policy's) read, in the order of the fact list.</summary>
    public async Task<List<RuleFact>> QuestionsAsync(string? code, CancellationToken ct)
    {
        var open = code is null ? await clauses.OpenAsync(db, clock.Today(), null, ct) : await AnyVersionAsync(code, ct);
        return open.SelectMany(c => c.FirmFactsUsed).DistinctBy(f => f.Key).OrderBy(f => f.Slot).ToList();
    }

    /// <summary>The city's counties (区县), for the calculator's county question.</summary>
    public Task<List<string>> CountiesAsync(CancellationToken ct) =>
        db.Divisions.AsNoTracking().Where(d => d.Level == Organization.DivisionLevel.County).OrderBy(d => d.Code).Select(d => d.Name).ToListAsync(ct);

    /// <summary>The named policy's current clauses, open or not (the calculator says when it is closed).</summary>
    private async Task<List<CompiledClause>> AnyVersionAsync(string code, CancellationToken ct)
    {
        var p = await db.Policies.AsNoTracking().Include(x => x.Versions).SingleOrDefaultAsync(x => x.Code == code, ct);
        return p?.Current is { } v ? [.. clauses.Of(p.Code, v.VersionNo, v.Document)] : [];
    }

    public static ClauseResult Result(CompiledClause c, ClauseTrace t) =>
        new(c.Clause.Key, c.Clause.Title, c.Clause.Mode.Label(), c.Clause.Benefit.Label(), t.Eligible, t.AmountFen, t.AmountFen is { } f ? RuleExplainer.Money(f) : null,
            t.Summary, t.WhyNot.ToList(), t.WouldQualify.ToList(), c.Clause.PromisedDays, t);

    /// <summary>A fact sheet from answers; errors keyed facts.{key}.</summary>
    public static (FactSheet Sheet, Dictionary<string, string[]> Errors) FromAnswers(IReadOnlyDictionary<string, string> answers, DateOnly on)
    {
        var values = new double[FirmFacts.Width];
        var sources = new FactSource?[FirmFacts.Width];
        var errors = new Dictionary<string, string[]>();
        values[0] = on.DayNumber;
        sources[0] = new FactSource(FirmFacts.Calculation, on);
        foreach (var (key, raw) in answers)
        {
            var text = raw?.Trim() ?? "";
            if (text.Length == 0) continue;
            var fact = FirmFacts.All.Select(f => f.Fact).FirstOrDefault(f => f.Key == key && f.Slot > 0);
            if (fact is null) { errors["facts." + key] = [$"没有“{key}”这一企业情况"]; continue; }
            if (Read(fact, text) is { } v) (values[fact.Slot], sources[fact.Slot]) = (v, new FactSource(Answered, on));
            else errors["facts." + key] = [$"“{fact.Label}”应填写{Hint(fact)}"];
        }
        return (new FactSheet("", "（测算）", values, sources), errors);
    }

    private static double? Read(RuleFact f, string text)
    {
        switch (f.Type)
        {
            case RuleType.Bool:
                return text is "是" or "true" or "yes" ? 1 : text is "否" or "false" or "no" ? 0 : null;
            case RuleType.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.DayNumber : null;
            case RuleType.Money:
                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan)) return yuan is >= 0 and < 1e12m ? (double)Math.Round(yuan * 100) : null;
                try { return CompiledClause.Literal(text, RuleType.Money) is var m and >= 0 ? m : null; }
                catch (RuleException) { return null; }
            case RuleType.Number:
                if (text.EndsWith('%') && decimal.TryParse(text[..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out var pct)) return (double)(pct / 100);
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && Math.Abs(n) < 1e12m ? (double)n : null;
            default:
                if (f.Key == "industry") return IndustryCode(text) is { } code ? RuleSymbols.Id(FirmFactsReader.Division(code)) : null;
                if (f.Key == "industry_section") return text.Length == 1 && FirmFacts.Sections.Any(s => s.Code == text.ToUpperInvariant()) ? RuleSymbols.Id(text.ToUpperInvariant()) : null;
                return text.Length <= 40 ? RuleSymbols.Id(text) : null;
        }
    }

    private static string? IndustryCode(string text)
    {
        var code = text.ToUpperInvariant();
        return code.Length is >= 3 and <= 5 && code[0] is >= 'A' and <= 'T' && code[1..].All(char.IsAsciiDigit) ? code : null;
    }

    private static string Hint(RuleFact f) => f.Type switch
    {
        RuleType.Bool => "是 或 否", RuleType.Date => "日期，如 2020-05-01", RuleType.Money => "金额，如 50万元 或 300000（元）",
        RuleType.Number => f.Unit == "%" ? "百分比，如 12%" : "数字", _ => f.Key == "industry" ? "国民经济行业代码，如 C39 或 C3911" : "文字",
    };
}
