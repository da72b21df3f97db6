using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Catalog.EditItem;
using Yiwang.Web.Features.Catalog.GetItem;
using Yiwang.Web.Features.Catalog.PublishItem;
using Yiwang.Web.Features.Catalog.Search;
using Yiwang.Web.Features.Catalog.SearchItems;
using Yiwang.Web.Features.Catalog.SearchPhrases;
using Yiwang.Web.Features.Catalog.Transfer;

namespace Yiwang.Web.Features.Catalog;

internal static class CatalogFeature
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<CatalogSearchIndex>();
        services.AddSingleton<CurrentVersionCache>();
        services.AddSingleton<PublishedResultNames>();
        services.AddSingleton<CatalogIndexSync>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogIndexSync>());
        services.AddSingleton<OnlineDepthNames>();
        services.AddScoped<GetItemHandler>().AddScoped<FormTemplates.FormTemplateHandler>().AddScoped<MaterialAttachments.MaterialAttachmentsHandler>().AddScoped<Accounts.LegalPersons.IServiceItemNames, ServiceItemNames>();
        services.AddScoped<EditItemHandler>();
        services.AddScoped<PublishItemHandler>();
        services.AddScoped<SearchPhrases.SearchPhrasesHandler>();
        services.AddCatalogTransfer();
        return services;
    }

    public static void MapCatalog(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        api.MapCatalogTransfer();
        api.MapSearchItems();
        api.MapGetItem();
        FormTemplates.FormTemplateEndpoints.MapFormTemplates(api);
        MaterialAttachments.MaterialAttachmentEndpoints.MapMaterialAttachments(api, app);
        api.MapEditItem();
        api.MapSearchPhrases();
    }
}
