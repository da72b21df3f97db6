using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Bundles.Browse;
using Yiwang.Web.Features.Catalog.Search;
using Yiwang.Web.Features.Catalog.SearchPhrases;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Tests.Features.Catalog.Search;

/// <summary>The demo catalog's search index, built in memory without a database.</summary>
internal static class DemoIndex
{
    public static CatalogSearchIndex Build()
    {
        var reference = ReferenceCatalog.Load();
        var departments = DemoOrganization.Departments(reference).Select((d, i) => new Department
        {
            Id = i + 1, Code = d.Code, Name = d.Name, DivisionCode = d.DivisionCode, Kind = d.Kind, Phone = d.Phone,
        }).ToList();
        var halls = DemoOrganization.Halls(name => departments.Single(d => d.Name == name).Id);
        var items = DemoCatalog.Items(reference, departments, halls).ToList();
        var docs = items.Select(x =>
        {
            var dept = departments.Single(d => d.Name == x.Department);
            return new CatalogDocument(x.Code, x.Guide.Name, dept.Id, dept.Name, DivisionCodes.SelfAndAncestors(dept.DivisionCode),
                x.Guide.Type, x.Guide.Audiences, x.Guide.Themes, x.Guide.CaseKind, x.Guide.PromisedLimitDays, x.Guide.LegalLimitDays,
                x.Guide.OnlineDepthLevel, x.Guide.OnsiteVisits, x.Guide.ResultName, x.Guide.Keywords, 1);
        });
        // The demo 一件事, as the Bundles feature lists them.
        var codeByName = items.GroupBy(i => i.Guide.Name).ToDictionary(g => g.Key, g => g.First().Code);
        var byCode = items.ToDictionary(i => i.Code);
        var bundles = DemoBundles.All(name => codeByName[name]).Select(b => BundleSearchEntries.Document(b.Code, 1, b.Definition,
            b.Definition.Parts.Select(p => (byCode[p.ItemCode].Guide.Name, byCode[p.ItemCode].Department)).ToList(), [DemoOrganization.CityCode]));
        var index = new CatalogSearchIndex();
        index.UsePhrases(DefaultSearchPhrases.All());
        index.Rebuild(docs.Concat(bundles), "test");
        return index;
    }
}
