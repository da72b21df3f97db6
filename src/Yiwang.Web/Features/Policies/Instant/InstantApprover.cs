using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Common.Rules;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog.Instant;
using Yiwang.Web.Features.DataSharing;

namespace Yiwang.Web.Features.Policies.Instant;

/// <summary>
/// 秒批 of an online application, once per case: the item's rule over the application form and what the
/// platform trusts about the applicant (a firm's 一企一档 as policy clauses read it; a person's age from
/// the verified ID number, credit, licences and cases). Granted by the system when the rule holds and
/// every material given is of trust A or B; otherwise left to ordinary handling with the reasons on the
/// timeline. The trace is stored either way; a share of grants (InstantApproval:ReviewShare, default 5%)
/// is drawn for human review. Each library read is logged against the case.
/// </summary>
internal sealed class InstantApprover(YiwangDb db, FirmFactsReader firms, DataAccessLog log, PersonalDataProtector protector, TimeProvider clock, UnitOfWork unitOfWork, SystemGrant grant,
    IConfiguration config) : Cases.Submit.IInstantApproval
{
    public double ReviewShare => Math.Clamp(config.GetValue("InstantApproval:ReviewShare", 0.05), 0, 1);

    public async Task<Case?> TryAsync(string number, CancellationToken ct)
    {
        var c = await db.Cases.Include(x => x.Events).SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is not { Status: CaseStatus.Submitted, Channel: CaseChannel.Online } || c.ApplicantId is not { } applicantId) return null;
        var guide = await db.ServiceItemVersions.AsNoTracking().Where(v => v.ServiceItemId == c.ServiceItemId && v.VersionNo == c.ItemVersionNo)
            .Select(v => v.Guide).SingleOrDefaultAsync(ct);
        if (guide?.InstantApproval is not { } rule || await db.InstantDecisions.AnyAsync(d => d.CaseNumber == number, ct)) return null;

        var on = clock.Today();
        var problems = new List<string>();
        RuleNode? node = null;
        try { node = RuleParser.Condition(rule.Rule, ApplicationFacts.Schema(guide.FormFields)); }
        catch (RuleException e) { problems.Add("秒批规则无法适用于本版本申请表：" + e.Message); }

        // Only what the platform can trust decides: licences (A) and materials verified at a window (B).
        var materials = await db.CaseMaterials.AsNoTracking().Where(m => m.CaseId == c.Id).Select(m => new { m.MaterialName, m.Trust }).ToListAsync(ct);
        foreach (var m in materials.Where(m => m.Trust is MaterialTrust.C or MaterialTrust.D).DistinctBy(m => m.MaterialName))
            problems.Add($"材料“{m.MaterialName}”为{m.Trust.Label()}");
        // A required material the platform was to draw (a licence) but did not is for a person to check.
        foreach (var name in guide.Materials.Where(m => m.Required && !Cases.Materials.MaterialRequirements.FilledOnline(m, guide.FormFields)).Select(m => m.Name).Distinct())
            if (!materials.Any(m => m.MaterialName == name)) problems.Add($"材料“{name}”未能从电子证照库或已核验材料中调取");

        var values = new double[ApplicationFacts.TrustedWidth + guide.FormFields.Count];
        var sources = new FactSource?[values.Length];
        var used = node is null ? [] : RuleNodes.Facts(node).DistinctBy(f => f.Key).ToList();
        await ReadFactsAsync(c, applicantId, on, used, values, sources, problems, ct);
        ApplicationFacts.Bind(guide.FormFields, c.FormData, values);

        var outcome = node is null ? new RuleOutcome(false, []) : RuleExplainer.Condition(rule.Rule, node, values);
        var granted = problems.Count == 0 && outcome.Held;
        var reasons = problems.Concat(outcome.Failed.Select(f => "不符合：" + f.Detail)).ToList();
        var facts = used.Select(f => Used(f, values, sources[f.Slot], on)).ToList();
        var trace = new InstantTrace(c.ItemCode, c.ItemVersionNo, rule.Rule, on, granted, problems, outcome.Checks, facts);
        var decision = new InstantDecision
        {
            CaseNumber = c.Number, ItemCode = c.ItemCode, ItemName = c.ItemName, DepartmentId = c.DepartmentId, ApplicantName = c.ApplicantName, Granted = granted,
            Reasons = Cut(string.Join("；", reasons), 4000), TraceJson = InstantDecision.Write(trace), DecidedAt = clock.GetUtcNow(),
            ForReview = granted && Random.Shared.NextDouble() < ReviewShare,
        };
        try
        {
            if (granted)
                grant.Grant(c, "系统按秒批规则比对通过", Cut($"经比对，申请符合本事项秒批规则，系统自动审批（秒批）。依据：{string.Join("；", outcome.Checks.Select(x => x.Detail))}", 1900));
            else
                c.NoteInstantCheck(new Actor(SystemGrant.Name, clock.GetUtcNow(), "system"), Cut("未能秒批，转人工办理：" + (reasons.Count == 0 ? "规则未满足" : string.Join("；", reasons)), 1900));
            db.InstantDecisions.Add(decision);
            await unitOfWork.CommitAsync(ct);
        }
        catch (Exception e) when (e is CaseTransitionException or DbUpdateException)
        {
            // Moved meanwhile, or compared already by another request: the case stays as it is.
            db.ChangeTracker.Clear();
            return null;
        }
        return c;
    }

    /// <summary>The applicant's trusted facts the rule names, each with its source; a fact the applicant cannot have is a reason.</summary>
    private async Task ReadFactsAsync(Case c, Guid applicantId, DateOnly on, List<RuleFact> used, double[] values, FactSource?[] sources, List<string> problems, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().Where(a => a.Id == applicantId).Select(a => new { a.Kind, a.CreditCode, a.IdNumber, a.IdNumberIndex }).SingleAsync(ct);
        var trusted = used.Where(f => f.Slot < ApplicationFacts.TrustedWidth).ToList();
        (values[0], sources[0]) = (on.DayNumber, new FactSource(ApplicationFacts.Calculation, on));
        var isFirm = account.Kind == Accounts.AccountKind.LegalPerson && account.CreditCode is not null;
        (values[ApplicationFacts.IsFirm.Fact.Slot], sources[ApplicationFacts.IsFirm.Fact.Slot]) = (isFirm ? 1 : 0, new FactSource(ApplicationFacts.Identity, on));
        if (trusted.All(f => f.Slot is 0 || f.Slot == ApplicationFacts.IsFirm.Fact.Slot)) return;
        var purpose = $"秒批比对：{c.ItemName}";
        if (isFirm)
        {
            if (trusted.FirstOrDefault(f => f.Slot == ApplicationFacts.Age.Fact.Slot) is { } age) problems.Add($"申请人为单位，没有“{age.Label}”");
            var sheet = (await firms.ReadAsync(on, account.CreditCode, ct)).FirstOrDefault();
            await LogAsync(c, trusted, protector.BlindIndex(account.CreditCode!), account.CreditCode!, purpose, ct);
            if (sheet is null) { problems.Add("法人库中没有申请单位的存续记录"); return; }
            Array.Copy(sheet.Values, values, FirmFacts.Width);
            for (var s = 1; s < FirmFacts.Width; s++) sources[s] = sheet.Source(s);
            foreach (var f in trusted.Where(f => f.Slot > 0 && f.Slot < FirmFacts.Width && sheet.Source(f.Slot) is null))
                problems.Add($"没有“{f.Label}”的记录");
            return;
        }
        var firmOnly = trusted.Where(f => f.Slot > 0 && f.Slot < FirmFacts.Width && !ApplicationFacts.Shared.Contains(f.Key)).Select(f => $"“{f.Label}”").ToList();
        if (firmOnly.Count > 0) problems.Add($"申请人为个人，没有{string.Join("、", firmOnly)}等单位数据");
        if (account.IdNumber is not { } id || account.IdNumberIndex is not { } index || !ResidentIdNumber.IsValid(id, on))
        {
            problems.Add("申请人未完成实名认证，无法比对");
            return;
        }
        var checkedOn = new FactSource(ApplicationFacts.Identity, on);
        var born = ResidentIdNumber.BirthDate(id);
        var years = on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
        (values[ApplicationFacts.Age.Fact.Slot], sources[ApplicationFacts.Age.Fact.Slot]) = (years, checkedOn);
        var slot = FirmFacts.Fact("credit_ok").Slot;
        if (trusted.Any(f => f.Slot == slot))
        {
            var serious = await FirmFactsReader.SeriousCredit(db, on).AnyAsync(r => r.SubjectIndex == index, ct);
            (values[slot], sources[slot]) = (serious ? 0 : 1, new FactSource(ApplicationFacts.Credit, on));
        }
        slot = FirmFacts.Fact("licences").Slot;
        if (trusted.Any(f => f.Slot == slot))
        {
            var count = await FirmFactsReader.ValidLicences(db, on).CountAsync(l => l.HolderIndex == index, ct);
            (values[slot], sources[slot]) = (count, new FactSource(ApplicationFacts.Licences, on));
        }
        slot = FirmFacts.Fact("cases_granted").Slot;
        if (trusted.Any(f => f.Slot == slot))
        {
            var count = await db.Cases.AsNoTracking().CountAsync(x => x.ApplicantId == applicantId && x.Decision == Decision.Grant, ct);
            (values[slot], sources[slot]) = (count, new FactSource(ApplicationFacts.Cases, on));
        }
        await LogAsync(c, trusted, index, Common.Identity.Mask.IdNumber(id), purpose, ct);
    }

    /// <summary>数据访问日志: one entry per shared library the rule read, against the case.</summary>
    private async Task LogAsync(Case c, List<RuleFact> trusted, string subjectIndex, string subject, string purpose, CancellationToken ct)
    {
        var libraries = trusted.Select(f => ApplicationFacts.SourceOf(f.Key) switch
        {
            ApplicationFacts.LegalEntities => (BaseLibrary?)BaseLibrary.LegalEntity,
            ApplicationFacts.EnterpriseData => BaseLibrary.EnterpriseData,
            ApplicationFacts.Credit => BaseLibrary.Credit,
            ApplicationFacts.Licences => BaseLibrary.Licence,
            _ => null,
        }).OfType<BaseLibrary>().Distinct();
        foreach (var library in libraries)
            await log.RecordAsync(new DataAccess
            {
                At = clock.GetUtcNow(), Library = library, AccessorKind = AccessorKind.Staff, Accessor = SystemGrant.Name, DepartmentId = c.DepartmentId,
                SubjectIndex = subjectIndex, Subject = subject,
                Fields = string.Join(",", trusted.Where(f => ApplicationFacts.SourceOf(f.Key) == Name(library)).Select(f => f.Key)),
                Purpose = purpose, CaseNumber = c.Number, Result = AccessResult.Granted,
            }, ct);
    }

    private static string Name(BaseLibrary library) => library switch
    {
        BaseLibrary.LegalEntity => ApplicationFacts.LegalEntities, BaseLibrary.EnterpriseData => ApplicationFacts.EnterpriseData,
        BaseLibrary.Credit => ApplicationFacts.Credit, _ => ApplicationFacts.Licences,
    };

    private static FactUsed Used(RuleFact f, double[] values, FactSource? source, DateOnly on) =>
        FactUsed.Of(f, values, source is null && f.Slot < ApplicationFacts.TrustedWidth, source?.Source ?? ApplicationFacts.SourceOf(f.Key), source?.AsOf, on);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
