using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Search.Delivery;

namespace ICDiplomacy.Web.Search;

public static class SearchModule
{
    public const string RateLimitPolicy = "search";
    public const string RebuildSwitch = "--rebuild-index";

    /// <summary>The external, internal and delivery indexes, the outbox indexer that keeps them current, and the search services. Call after AddCms.</summary>
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(o => o.RebuildOnStartup |= Environment.GetCommandLineArgs().Contains(RebuildSwitch, StringComparer.Ordinal));
        services.AddSingleton(sp =>
        {
            var cultures = sp.GetRequiredService<CultureSettings>();
            return new SearchAnalyzer(cultures.Cultures, cultures.Default);
        });
        services.AddSingleton<IndexDocumentFactory>();
        services.AddSingleton<IndexSourceLoader>();
        services.AddSingleton<SearchIndexManager>();
        services.AddSingleton<ContentIndexer>();
        services.AddSingleton<IOutboxSubscriber>(sp => sp.GetRequiredService<ContentIndexer>());
        // The Delivery API's query index; registered here, before the Delivery API's cache invalidator, so a
        // dispatch round updates it before cached answers are evicted.
        services.AddSingleton<DeliveryIndexDocuments>();
        services.AddSingleton<DeliveryContentIndex>();
        services.AddSingleton<DeliveryIndexer>();
        services.AddSingleton<IOutboxSubscriber>(sp => sp.GetRequiredService<DeliveryIndexer>());
        services.AddSingleton<TextQueryBuilder>();
        services.AddSingleton<SnippetHighlighter>();
        services.AddSingleton<SearchRequestParser>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<InternalSearchService>();
        services.AddHostedService<SearchStartup>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, SearchRateLimitPolicy>(RateLimitPolicy));
        return builder;
    }
}
