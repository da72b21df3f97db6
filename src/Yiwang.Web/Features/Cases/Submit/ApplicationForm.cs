using System.Globalization;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases.Submit;

/// <summary>Checks the answers of an application against the item version's form; errors keyed form.{key}.</summary>
internal static class ApplicationForm
{
    /// <summary>With requireAnswers false (a draft), empty required fields pass; what is filled must still be valid.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<FormField> fields, IDictionary<string, string> answers, bool requireAnswers = true)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var f in fields)
        {
            var key = "form." + f.Key;
            answers.TryGetValue(f.Key, out var raw);
            var v = raw?.Trim() ?? "";
            if (v.Length == 0)
            {
                if (f.Required && requireAnswers) errors[key] = [$"请填写{f.Label}"];
                continue;
            }
            if (f.MaxLength is { } max && v.Length > max) { errors[key] = [$"{f.Label}不得超过{max}字"]; continue; }
            var problem = f.Type switch
            {
                FormFieldType.Number => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out _) ? null : $"{f.Label}应为数字",
                FormFieldType.Date => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : $"{f.Label}应为 yyyy-MM-dd 格式的日期",
                FormFieldType.Choice => f.Options.Contains(v) ? null : $"{f.Label}应为：{string.Join("、", f.Options)}",
                FormFieldType.IdNumber => ResidentIdNumber.Validate(v),
                FormFieldType.CreditCode => UnifiedSocialCreditCode.Validate(v),
                FormFieldType.Address => v.Length < 6 ? $"{f.Label}请填写到门牌号" : null,
                _ => null,
            };
            if (problem is not null) errors[key] = [problem];
        }
        foreach (var unknown in answers.Keys.Where(k => fields.All(f => f.Key != k)))
            errors["form." + unknown] = [$"表单没有“{unknown}”这一项"];
        return errors;
    }

    /// <summary>The prefills read from the 法人库 record of the form's credit code, with the library field each one reads.</summary>
    public static readonly IReadOnlyDictionary<FormPrefill, string> FromLegalEntity = new Dictionary<FormPrefill, string>
    {
        [FormPrefill.OrganisationName] = "name", [FormPrefill.OrganisationAddress] = "address", [FormPrefill.LegalRepresentative] = "legalRepresentative",
    };

    /// <summary>
    /// Fills blank prefilled fields from the applicant's verified profile (read only when a field needs
    /// it), then the organisation's name, address and legal representative from the 法人库 record of the
    /// credit code the form gives (or the sign-in, or the profile); legalEntity reads that record (and records the read).
    /// </summary>
    public static async Task PrefillAsync(IEnumerable<FormField> fields, IDictionary<string, string> answers, string applicantName, Func<Task<Accounts.Account?>> profile,
        Func<string, IReadOnlyList<string>, Task<OrganisationFacts?>>? legalEntity = null, string? creditCode = null)
    {
        Accounts.Account? account = null;
        var loaded = false;
        var blank = fields.Where(f => f.Prefill != FormPrefill.None && string.IsNullOrWhiteSpace(answers.TryGetValue(f.Key, out var v) ? v : null)).ToList();
        foreach (var f in blank.Where(f => !FromLegalEntity.ContainsKey(f.Prefill)))
        {
            if (f.Prefill == FormPrefill.Name) { answers[f.Key] = applicantName; continue; }
            if (!loaded) (account, loaded) = (await profile(), true);
            var value = f.Prefill switch { FormPrefill.IdNumber => account?.IdNumber, FormPrefill.Phone => account?.Phone, _ => account?.CreditCode };
            if (!string.IsNullOrEmpty(value)) answers[f.Key] = value;
        }
        var organisation = blank.Where(f => FromLegalEntity.ContainsKey(f.Prefill)).ToList();
        if (organisation.Count == 0 || legalEntity is null) return;
        var code = fields.Where(f => f.Type == FormFieldType.CreditCode || f.Prefill == FormPrefill.CreditCode)
            .Select(f => answers.TryGetValue(f.Key, out var v) ? v?.Trim().ToUpperInvariant() : null).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        code ??= creditCode;
        if (code is null) { if (!loaded) (account, loaded) = (await profile(), true); code = account?.CreditCode; }
        if (code is null || !UnifiedSocialCreditCode.IsValid(code)) return;
        var record = await legalEntity(code, organisation.Select(f => FromLegalEntity[f.Prefill]).Distinct().ToList());
        if (record is null) return;
        foreach (var f in organisation)
            answers[f.Key] = f.Prefill switch { FormPrefill.OrganisationName => record.Name, FormPrefill.OrganisationAddress => record.Address, _ => record.LegalRepresentative };
    }

    /// <summary>Filled from the applicant's 实名认证 (name, ID number, the bound credit code): shown, not changed by the applicant.</summary>
    public static bool FromIdentity(FormField f) => f.Prefill is FormPrefill.Name or FormPrefill.IdNumber or FormPrefill.CreditCode;

    /// <summary>Where a prefilled value comes from, as the form says it.</summary>
    public static string? SourceOf(FormField f) => f.Prefill switch
    {
        FormPrefill.None => null,
        FormPrefill.Name or FormPrefill.IdNumber => "来自实名认证信息",
        FormPrefill.Phone => "来自账号绑定的手机，可修改",
        FormPrefill.CreditCode => "来自单位实名认证",
        _ => "按统一社会信用代码从法人库带出，可修改",
    };

    /// <summary>Only the defined fields are kept, trimmed.</summary>
    public static Dictionary<string, string> Clean(IReadOnlyList<FormField> fields, IDictionary<string, string> answers) =>
        fields.Where(f => answers.TryGetValue(f.Key, out var v) && !string.IsNullOrWhiteSpace(v)).ToDictionary(f => f.Key, f => answers[f.Key].Trim());
}
