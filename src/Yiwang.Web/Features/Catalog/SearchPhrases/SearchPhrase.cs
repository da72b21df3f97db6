namespace Yiwang.Web.Features.Catalog.SearchPhrases;

/// <summary>
/// 群众常用语: what people type (开饭店, 生娃, yyzz aside) and what it means in the catalog's words
/// (开办餐饮店, 新生儿出生). Kept by the 政务服务中心; a search containing the phrase also searches its meaning.
/// </summary>
internal sealed class SearchPhrase
{
    public const int MaxPhraseLength = 20;
    public const int MaxMeansLength = 50;

    public int Id { get; set; }
    public string Phrase { get; set; } = "";
    public string Means { get; set; } = "";
    public string AddedBy { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
}
