using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Catalog.GetItem;

namespace Yiwang.Web.Features.Catalog.FormTemplates;

/// <summary>表格下载 (a blank 申请表) or 示例样表 (the same filled with an example).</summary>
internal enum FormTemplateKind { Blank, Sample }

internal static class FormTemplateKinds
{
    /// <summary>The kind as the API and the forms name it: blank or sample, or the enum's own name (null for anything else).</summary>
    public static FormTemplateKind? Parse(string? kind) => kind switch
    {
        "blank" or "Blank" => FormTemplateKind.Blank, "sample" or "Sample" => FormTemplateKind.Sample, _ => null,
    };

    public const string Refusal = "类型应为 blank（空白表格）或 sample（示例样表）";
}

/// <summary>Which material is the item's own 申请表: the one its online form stands for.</summary>
internal static class ApplicationFormMaterial
{
    public static bool Is(Material m, IReadOnlyCollection<FormField> fields) => fields.Count > 0 && m.Name.EndsWith("申请表", StringComparison.Ordinal);
}

/// <summary>
/// 表格下载 and 示例样表 of an item's 申请表, made from the form the catalog defines (the same fields
/// the online application asks): a blank one to print and fill by hand, and a filled example showing
/// what each field wants. Public, as the guide is; a PDF with a QR code back to the guide.
/// </summary>
internal sealed class FormTemplateHandler(GetItemHandler items, IConfiguration config, TimeProvider clock)
{
    public async Task<Outcome<(string FileName, byte[] Pdf)>> RenderAsync(string code, FormTemplateKind kind, string baseUrl, CancellationToken ct)
    {
        var found = await items.HandleAsync(code, null, null, ct);
        if (found.Value is not { } view) return found.As<(string, byte[])>();
        var g = view.Guide;
        if (g.FormFields.Count == 0) return Outcome<(string, byte[])>.NotFound($"事项 {code} 没有在线申请表");
        if (!ChineseFont.TryInstall(config["Pdf:FontPath"])) return Outcome<(string, byte[])>.Conflict("服务器未安装中文字体，无法生成表格");
        var sample = kind == FormTemplateKind.Sample;
        var title = $"{g.Name}申请表{(sample ? "（示例样表）" : "")}";
        var lines = g.FormFields.Select(f => $"{f.Label}{(f.Required ? "（必填）" : "")}：{(sample ? Example(f) : "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿")}")
            .Append(sample ? "申请人签名：张三　　　　日期：2026年12月1日" : "申请人（签名或盖章）：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日").ToList();
        if (sample) lines.Insert(0, "以下为填写示例，请按本人（本单位）实际情况填写；网上申请时在线填写，无需另交。");
        var pdf = new NoticeDocument(title, $"{view.Code} 第{view.VersionNo}版", "申请人", lines, view.DepartmentName,
            Common.Time.ChinaTime.Date(clock.GetUtcNow()), $"{baseUrl}/items/{Uri.EscapeDataString(view.Code)}", "扫码查看办事指南").Render();
        return Outcome<(string, byte[])>.Ok(($"{g.Name}申请表{(sample ? "-示例样表" : "-空白表格")}.pdf", pdf));
    }

    /// <summary>What a filled field looks like: an example of its kind (masked numbers, a real-looking address).</summary>
    public static string Example(FormField f) => f.Type switch
    {
        FormFieldType.Choice => f.Options.FirstOrDefault() ?? "（选择一项）",
        FormFieldType.Date => "2026-12-01",
        FormFieldType.Number => "100",
        FormFieldType.IdNumber => "430802199001011234（18位居民身份证号码）",
        FormFieldType.CreditCode => "91430800MA4L000000（18位统一社会信用代码）",
        FormFieldType.Address => "张家界市永定区解放路88号（写到门牌号）",
        _ => f.Prefill switch
        {
            FormPrefill.Name or FormPrefill.LegalRepresentative => "张三",
            FormPrefill.Phone => "13800000000",
            FormPrefill.OrganisationName => "张家界某某餐饮有限公司",
            _ => f.Label.Contains("电话", StringComparison.Ordinal) ? "0744-8888888" : $"（填写{f.Label}）",
        },
    };
}
