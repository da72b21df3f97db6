using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Yiwang.Web.Features.Catalog.Search;

internal sealed record CatalogQuery(
    string? Text = null, int? DepartmentId = null, ItemType? Type = null, string? DivisionCode = null,
    Audience? Audience = null, string? Theme = null, int Page = 1, int PageSize = 20, string? Near = null);

/// <param name="Meanings">What the 群众常用语 in the query were read as (shown to the searcher).</param>
internal sealed record CatalogHits(int Total, IReadOnlyList<ItemSummary> Items, IReadOnlyList<string>? Meanings = null);

/// <summary>
/// In-memory Lucene index of the current published version of every item and every 一件事. Rebuilt
/// from the database at start and whenever the catalog stamp changes (so several web processes
/// converge); a publish in this process updates it at once. A query is read the way people type it:
/// the centre's 群众常用语 add their meaning (开饭店 → 开办餐饮店一件事), letters are read as pinyin or
/// initials (yyzz → 营业执照), and where the same service is offered at several levels, the searcher's
/// own district comes first.
/// </summary>
internal sealed class CatalogSearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory = new RAMDirectory();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ChineseBigramAnalyzer _queryAnalyzer = new(withUnigrams: false);
    private readonly System.Threading.Lock _gate = new();
    private Dictionary<string, CatalogDocument> _documents = [];
    private IReadOnlyCollection<CatalogDocument> _items = [];
    private IReadOnlyList<(string Phrase, string Means)> _phrases = [];

    public CatalogSearchIndex()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(ChineseBigramAnalyzer.Version, new ChineseBigramAnalyzer(withUnigrams: true)));
        _writer.Commit();
        _searchers = new SearcherManager(_writer, true, null);
    }

    /// <summary>The catalog stamp the index was last rebuilt from.</summary>
    public string? Stamp { get; private set; }

    public void Rebuild(IEnumerable<CatalogDocument> documents, string stamp)
    {
        lock (_gate)
        {
            _writer.DeleteAll();
            var all = new Dictionary<string, CatalogDocument>();
            foreach (var d in documents)
            {
                _writer.AddDocument(ToLucene(d));
                all[d.Code] = d;
            }
            _documents = all;
            _items = ItemsOf(all);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            Stamp = stamp;
        }
    }

    public void Upsert(CatalogDocument document)
    {
        lock (_gate)
        {
            _writer.UpdateDocument(new Term("code", document.Code), ToLucene(document));
            _documents = new Dictionary<string, CatalogDocument>(_documents) { [document.Code] = document };
            _items = ItemsOf(_documents);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>The published items as the index holds them (for counts on the portal); 一件事 not included.</summary>
    public IReadOnlyCollection<CatalogDocument> Documents => _items;

    private static List<CatalogDocument> ItemsOf(Dictionary<string, CatalogDocument> all) => all.Values.Where(d => d.Kind == CatalogEntryKind.Item).ToList();

    /// <summary>The 群众常用语 a query is read with.</summary>
    public void UsePhrases(IReadOnlyList<(string Phrase, string Means)> phrases) => _phrases = phrases;

    /// <summary>The meanings of the phrases a query contains (the longest phrase first).</summary>
    private IReadOnlyList<string> MeaningsOf(string text)
    {
        var found = _phrases.Where(p => text.Contains(p.Phrase, StringComparison.OrdinalIgnoreCase)).ToList();
        // 卖烟花 means 烟花爆竹, not also what 卖烟 inside it means.
        return found.Where(p => !found.Any(o => o.Phrase.Length > p.Phrase.Length && o.Phrase.Contains(p.Phrase, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(p => p.Phrase.Length).Select(p => p.Means).Distinct().ToList();
    }

    /// <summary>
    /// 您是不是要找: for a query that found nothing, the entries sharing most of its characters
    /// (any single character counts), items and 一件事 alike.
    /// </summary>
    public IReadOnlyList<ItemSummary> Suggest(string? text, int count = 5)
    {
        var chars = (text ?? "").Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).Distinct().Select(c => c.ToString()).ToList();
        if (chars.Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var c in chars)
        {
            query.Add(Boosted(new WildcardQuery(new Term("name_exact", $"*{c}*")), 2f), Occur.SHOULD);
            query.Add(new WildcardQuery(new Term("keyword_exact", $"*{c}*")), Occur.SHOULD);
        }
        return Run(query, null, 1, count).Items;
    }

    public CatalogHits Search(CatalogQuery q)
    {
        var size = Math.Clamp(q.PageSize, 1, 100);
        var page = Math.Max(q.Page, 1);
        var text = q.Text?.Trim();
        var meanings = string.IsNullOrEmpty(text) ? [] : MeaningsOf(text);
        var hits = Run(BuildQuery(text, meanings), BuildFilter(q), page, size) with { Meanings = meanings };
        // An ill-formed district (a stale cookie, a typed parameter) is ignored, not an error.
        return Organization.DivisionCodes.IsWellFormed(q.Near) ? hits with { Items = NearFirst(hits.Items, q.Near!) } : hits;
    }

    /// <summary>The same service offered at several levels (个体工商户设立登记 of the city, 永定区, 慈利县): the copy of the searcher's district first.</summary>
    private List<ItemSummary> NearFirst(IReadOnlyList<ItemSummary> items, string near)
    {
        var documents = _documents;
        var around = Organization.DivisionCodes.SelfAndAncestors(near);
        // Offered by the searcher's own county or township (a city-wide copy is not "near").
        bool IsNear(ItemSummary i) => documents.TryGetValue(i.Code, out var d) && d.DivisionCodes.Count > 1 && around.Contains(d.DivisionCodes[0]);
        var list = items.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var nearer = list.FindIndex(i + 1, x => x.Name == list[i].Name && IsNear(x));
            if (nearer > i && !IsNear(list[i])) (list[i], list[nearer]) = (list[nearer], list[i]);
        }
        return list;
    }

    private CatalogHits Run(Query? query, Filter? filter, int page, int size)
    {
        var want = page * size;
        var searcher = _searchers.Acquire();
        try
        {
            var top = query is null
                ? searcher.Search(new MatchAllDocsQuery(), filter, want, new Sort(new SortField("code_sort", SortFieldType.STRING)))
                : searcher.Search(query, filter, want);
            // Hits map to their summaries through the code doc-values and the document table,
            // which avoids decompressing stored fields for every hit.
            var documents = _documents;
            var leaves = searcher.IndexReader.Leaves;
            var code = new BytesRef();
            var items = new List<ItemSummary>(size);
            foreach (var sd in top.ScoreDocs.Skip((page - 1) * size))
            {
                var leaf = leaves[ReaderUtil.SubIndex(sd.Doc, leaves)];
                leaf.AtomicReader.GetSortedDocValues("code_sort").Get(sd.Doc - leaf.DocBase, code);
                if (documents.TryGetValue(code.Utf8ToString(), out var d)) items.Add(Summary(d));
            }
            return new CatalogHits(top.TotalHits, items);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private Query? BuildQuery(string? text, IReadOnlyList<string> meanings)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var query = new BooleanQuery
        {
            { Boosted(new TermQuery(new Term("code", text)), 50), Occur.SHOULD },
            { Boosted(new TermQuery(new Term("name_exact", text)), 20), Occur.SHOULD },
        };
        AddTerms(query, text, 1f);
        // 群众常用语: the phrase's meaning is searched too, and an entry named exactly that comes first.
        foreach (var means in meanings)
        {
            query.Add(Boosted(new TermQuery(new Term("name_exact", means)), 30), Occur.SHOULD);
            AddTerms(query, means, 1.5f);
        }
        if (Pinyin.IsPinyinQuery(text))
        {
            var letters = text.ToLowerInvariant();
            query.Add(Boosted(new PrefixQuery(new Term("initials", letters)), 8), Occur.SHOULD);
            query.Add(Boosted(new PrefixQuery(new Term("pinyin", letters)), 8), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("initials_name", letters)), 12), Occur.SHOULD);
        }
        return query;
    }

    private void AddTerms(BooleanQuery query, string text, float weight)
    {
        foreach (var term in Analyze(text).Distinct())
        {
            query.Add(Boosted(new TermQuery(new Term("name", term)), 4f * weight), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("keywords", term)), 2f * weight), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("result", term)), 2f * weight), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("department", term)), 0.5f * weight), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("themes", term)), 1f * weight), Occur.SHOULD);
        }
    }

    private static Query Boosted(Query q, float boost)
    {
        q.Boost = boost;
        return q;
    }

    private List<string> Analyze(string text)
    {
        var result = new List<string>();
        using var stream = _queryAnalyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add(term.ToString());
        stream.End();
        return result;
    }

    private static Filter? BuildFilter(CatalogQuery q)
    {
        var must = new BooleanQuery();
        if (q.DepartmentId is { } dept) must.Add(new TermQuery(new Term("department_id", dept.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.MUST);
        if (q.Type is { } type) must.Add(new TermQuery(new Term("type", type.ToString())), Occur.MUST);
        if (!string.IsNullOrEmpty(q.DivisionCode)) must.Add(new TermQuery(new Term("division", q.DivisionCode)), Occur.MUST);
        if (q.Audience is { } aud) must.Add(new TermQuery(new Term("audience", aud.ToString())), Occur.MUST);
        if (!string.IsNullOrEmpty(q.Theme)) must.Add(new TermQuery(new Term("theme", q.Theme)), Occur.MUST);
        return must.Clauses.Count == 0 ? null : new QueryWrapperFilter(must);
    }

    private static Document ToLucene(CatalogDocument d)
    {
        var doc = new Document
        {
            new StringField("code", d.Code, Field.Store.YES),
            new SortedDocValuesField("code_sort", new BytesRef(d.Code)),
            new TextField("name", d.Name, Field.Store.NO),
            new TextField("result", d.ResultName ?? "", Field.Store.NO),
            new TextField("keywords", string.Join(' ', d.Keywords), Field.Store.NO),
            new TextField("department", d.DepartmentName, Field.Store.NO),
            new TextField("themes", string.Join(' ', d.Themes), Field.Store.NO),
            new StringField("department_id", d.DepartmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
            new StringField("name_exact", d.Name, Field.Store.NO),
            new StringField("initials_name", Pinyin.Initials(d.Name), Field.Store.NO),
        };
        // 一件事 have no item type: a type filter lists items only.
        if (d.Kind == CatalogEntryKind.Item) doc.Add(new StringField("type", d.Type.ToString(), Field.Store.NO));
        foreach (var words in new[] { d.Name, d.ResultName ?? "" }.Concat(d.Keywords).Where(w => w.Length > 0))
        {
            doc.Add(new StringField("initials", Pinyin.Initials(words), Field.Store.NO));
            doc.Add(new StringField("pinyin", Pinyin.Full(words), Field.Store.NO));
            doc.Add(new StringField("keyword_exact", words, Field.Store.NO));
        }
        foreach (var code in d.DivisionCodes) doc.Add(new StringField("division", code, Field.Store.NO));
        foreach (var a in d.Audiences) doc.Add(new StringField("audience", a.ToString(), Field.Store.NO));
        foreach (var t in d.Themes) doc.Add(new StringField("theme", t, Field.Store.NO));
        return doc;
    }

    private static ItemSummary Summary(CatalogDocument d) => new(
        d.Code, d.Name, d.DepartmentId, d.DepartmentName, d.Type, d.Kind == CatalogEntryKind.Bundle ? "一件事一次办" : d.Type.Label(), d.CaseKind,
        d.PromisedLimitDays, d.LegalLimitDays, d.OnlineDepthLevel, d.OnsiteVisits, d.VersionNo, d.Kind);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _queryAnalyzer.Dispose();
    }
}
