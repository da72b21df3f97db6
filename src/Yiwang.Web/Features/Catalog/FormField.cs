namespace Yiwang.Web.Features.Catalog;

/// <summary>One field of an item's online application form (申请表), defined by the department admin (a bundle's form extends it).</summary>
public class FormField
{
    /// <summary>Stable key the answers are stored under (letters, digits, underscore).</summary>
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public FormFieldType Type { get; set; }
    public bool Required { get; set; } = true;
    /// <summary>For a choice: the allowed answers.</summary>
    public List<string> Options { get; set; } = [];
    /// <summary>Filled from the applicant's verified profile.</summary>
    public FormPrefill Prefill { get; set; }
    public int? MaxLength { get; set; }

    /// <summary>An answer as pages show it: personal numbers masked.</summary>
    public string Shown(string? value) => value is null ? "—"
        : Type == FormFieldType.IdNumber || Prefill == FormPrefill.IdNumber ? Common.Identity.Mask.IdNumber(value)
        : Prefill == FormPrefill.Phone ? Common.Identity.Mask.Phone(value) : value;
}

public enum FormFieldType { Text, Number, Date, Choice, IdNumber, CreditCode, Address }

/// <summary>Where a blank field is filled from: the applicant's verified profile, or (the last three) the 法人库 record of the form's credit code.</summary>
public enum FormPrefill { None, Name, IdNumber, Phone, CreditCode, OrganisationName, OrganisationAddress, LegalRepresentative }

internal static class FormFieldNames
{
    public static string Label(this FormFieldType t) => t switch
    {
        FormFieldType.Text => "文本", FormFieldType.Number => "数字", FormFieldType.Date => "日期", FormFieldType.Choice => "选项",
        FormFieldType.IdNumber => "身份证号码", FormFieldType.CreditCode => "统一社会信用代码", _ => "地址",
    };
}
