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
    Audience? Audience = null, string? Theme = null, int Page = 1, int PageSize = 20);

internal sealed record CatalogHits(int Total, IReadOnlyList<ItemSummary> Items);

/// <summary>
/// In-memory Lucene index of the current published version of every item. Rebuilt from the
/// database at start and whenever the catalog stamp changes (so several web processes converge);
/// a publish in this process updates it at once.
/// </summary>
internal sealed class CatalogSearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory = new RAMDirectory();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ChineseBigramAnalyzer _queryAnalyzer = new(withUnigrams: false);
    private readonly System.Threading.Lock _gate = new();
    private Dictionary<string, CatalogDocument> _documents = [];

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
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>The published catalog as the index holds it (for counts on the portal).</summary>
    public IReadOnlyCollection<CatalogDocument> Documents => _documents.Values;

    public CatalogHits Search(CatalogQuery q)
    {
        var query = BuildQuery(q.Text);
        var filter = BuildFilter(q);
        var size = Math.Clamp(q.PageSize, 1, 100);
        var page = Math.Max(q.Page, 1);
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

    private Query? BuildQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var terms = Analyze(text.Trim());
        var query = new BooleanQuery { { Boosted(new TermQuery(new Term("code", text.Trim())), 50), Occur.SHOULD } };
        foreach (var term in terms.Distinct())
        {
            query.Add(Boosted(new TermQuery(new Term("name", term)), 4f), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("keywords", term)), 2f), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("result", term)), 2f), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("department", term)), 0.5f), Occur.SHOULD);
            query.Add(Boosted(new TermQuery(new Term("themes", term)), 1f), Occur.SHOULD);
        }
        return query;
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
            new StringField("type", d.Type.ToString(), Field.Store.NO),
        };
        foreach (var code in d.DivisionCodes) doc.Add(new StringField("division", code, Field.Store.NO));
        foreach (var a in d.Audiences) doc.Add(new StringField("audience", a.ToString(), Field.Store.NO));
        foreach (var t in d.Themes) doc.Add(new StringField("theme", t, Field.Store.NO));
        return doc;
    }

    private static ItemSummary Summary(CatalogDocument d) => new(
        d.Code, d.Name, d.DepartmentId, d.DepartmentName, d.Type, d.Type.Label(), d.CaseKind,
        d.PromisedLimitDays, d.LegalLimitDays, d.OnlineDepthLevel, d.OnsiteVisits, d.VersionNo);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _queryAnalyzer.Dispose();
    }
}
