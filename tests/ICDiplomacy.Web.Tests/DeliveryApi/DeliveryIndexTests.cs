using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Data.Sqlite;
using ICDiplomacy.Web.DeliveryApi;
using ICDiplomacy.Web.DeliveryApi.Caching;
using ICDiplomacy.Web.DeliveryApi.Filters;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.Search.Delivery;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>
/// The query endpoint on the delivery index: the same answers as the SQL path, no facet scan when the index is
/// current, and never an answer older than the database.
/// </summary>
public sealed class DeliveryIndexTests
{
    private static readonly string[] Queries =
    [
        $"fetch=children:{Reports}&sort=name:asc",
        "fetch=children:/reports/&sort=name:desc",
        "fetch=children:reports&sort=name:ASC",
        $"fetch=children:{Guid.NewGuid()}",
        "fetch=children:/nowhere/",
        $"fetch=ancestors:{SahelReport}&sort=level:asc",
        $"fetch=ancestors:{SahelReport}",
        "fetch=ancestors:/reports/sahel-dialogue-summary/",
        $"fetch=ancestors:{DraftReport}",
        $"fetch=descendants:{Conflicts}&sort=sortOrder:desc",
        $"fetch=descendants:{Home}&filter=contentType:report&sort=createDate:desc",
        $"fetch=descendants:{Home}",
        "",
        "skip=2&take=3",
        "skip=1&take=0",
        "sort=updateDate:desc&skip=1&take=4",
        "sort=level:desc&sort=name:asc",
        "filter=contentType:!report,home,reportsListing,peopleListing,initiativesListing,conflictsListing&sort=name:asc",
        "filter=contentType:report&filter=name:sahel,caucasus&sort=name:asc",
        "filter=contentType:report&filter=name:!sahel&sort=name:asc",
        "filter=name:Dialogue",
        "filter=name:*",
        "filter=country:ml&sort=name:asc",
        "filter=country:!ml",
        "filter=country:NG",
        "filter=region:Africa&filter=contentType:report",
        "filter=region:002&filter=contentType:report",
        "filter=region:Western Asia&sort=name:asc",
        "filter=region:!Africa&sort=name:asc",
        "filter=region:Asia,Africa&filter=contentType:report&sort=name:asc",
        $"filter=conflictRegion:{Sahel}&filter=contentType:report",
        $"filter=conflictRegion:{Sahel}&filter=contentType:person",
        $"filter=conflictRegion:{Guid.NewGuid()}",
        $"filter=conflict:{Conflict}",
        $"filter=initiative:{DraftInitiative}",
        "filter=reportType:policyBrief,proposalToGovernments&sort=name:asc",
        "filter=year:2024",
        "filter=year:!2024&sort=createDate:asc",
        "filter=year:2023,2025&sort=name:asc",
        "filter=language:fr&filter=contentType:report",
        "filter=language:!fr",
        "filter=contentType:report&filter=createDate>:2026-01-15T09:20:00&sort=createDate:asc",
        "filter=contentType:report&filter=createDate<2026-01-15T09:20:00",
        "filter=contentType:report&filter=createDate:2026-01-15&sort=updateDate:asc",
        "filter=contentType:report&filter=createDate:!2026-01-15",
        "filter=contentType:report&filter=updateDate>2026-01-15T09:25:00",
        "filter=updateDate<:2026-01-15T09:25:00&sort=updateDate:asc",
    ];

    [Fact]
    public async Task Index_and_sql_paths_answer_every_query_alike()
    {
        var (factory, _) = await StartWithCurrentIndexAsync();
        await using var _f = factory;

        var differences = await CompareIndexAndSqlAsync(factory);

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task Index_and_sql_paths_answer_every_query_alike_with_branches_below_unpublished_parents()
    {
        var (factory, _) = await StartWithCurrentIndexAsync();
        await using var _f = factory;
        // Hides the published conflict and region (picked and filtered on by the queries) and the French reports,
        // whose routes need the French route of "Reports".
        Assert.True((await factory.WithContentAsync(c => c.UnpublishAsync(Conflicts, null, Editor))).Succeeded);
        Assert.True((await factory.WithContentAsync(c => c.UnpublishAsync(Reports, ["fr"], Editor))).Succeeded);
        await CatchUpAsync(factory);

        var differences = await CompareIndexAndSqlAsync(factory);

        Assert.True(differences.Count == 0, string.Join("\n", differences));
        await using var scope = factory.Services.CreateAsyncScope();
        var indexStore = scope.ServiceProvider.GetRequiredService<DeliveryContentStore>();
        foreach (var store in new[] { indexStore, SqlOnlyStore(scope.ServiceProvider) })
        {
            var en = new DeliveryRequest("en", false, ApiKeyState.None, null);
            var fr = new DeliveryRequest("fr", false, ApiKeyState.None, null);
            Assert.StartsWith("Success 0 []", await RunAsync(store, $"fetch=children:{Conflicts}", en), StringComparison.Ordinal);
            Assert.StartsWith("Success 0 []", await RunAsync(store, $"fetch=descendants:{Home}&filter=contentType:conflict,conflictRegion", en), StringComparison.Ordinal);
            // The person's country is one of the hidden region's: a hidden region contributes no countries.
            Assert.StartsWith("Success 0 []", await RunAsync(store, $"filter=conflictRegion:{Sahel}&filter=contentType:person", en), StringComparison.Ordinal);
            Assert.StartsWith("Success 0 []", await RunAsync(store, "filter=contentType:report", fr), StringComparison.Ordinal);
            Assert.StartsWith("Success 3 ", await RunAsync(store, "filter=contentType:report", en), StringComparison.Ordinal);
        }

        var index = factory.Services.GetRequiredService<DeliveryContentIndex>();
        Assert.Equal(0, index.Search(s => s.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(DeliveryIndexFields.Key, DeliveryIndexFields.KeyText(Sahel))), 1).TotalHits));
    }

    [Fact]
    public async Task Index_and_sql_paths_answer_alike_again_when_the_parent_is_published_again()
    {
        var (factory, _) = await StartWithCurrentIndexAsync();
        await using var _f = factory;
        var expected = await BelowConflictsAsync(factory);
        Assert.Contains("Conflict in Mali", expected, StringComparison.Ordinal);
        Assert.True((await factory.WithContentAsync(c => c.UnpublishAsync(Conflicts, null, Editor))).Succeeded);
        await CatchUpAsync(factory);
        Assert.DoesNotContain("Conflict in Mali", await BelowConflictsAsync(factory), StringComparison.Ordinal);

        Assert.True((await factory.WithContentAsync(c => c.PublishAsync(Conflicts, null, Editor))).Succeeded);
        await CatchUpAsync(factory);

        var differences = await CompareIndexAndSqlAsync(factory);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        // Nothing below the listing was republished: every answer is what it was, dates included.
        Assert.Equal(expected, await BelowConflictsAsync(factory));
    }

    [Fact]
    public async Task Compiled_item_read_follows_the_visibility_rule_for_every_document()
    {
        var (factory, _) = await StartWithCurrentIndexAsync();
        await using var _f = factory;
        Assert.True((await factory.WithContentAsync(c => c.UnpublishAsync(Conflicts, null, Editor))).Succeeded);
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DeliveryContentStore>();
        var keys = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Documents.Select(d => d.Key).ToListAsync();

        foreach (var culture in new[] { "en", "fr" })
        {
            var request = new DeliveryRequest(culture, false, ApiKeyState.None, null);
            foreach (var key in keys)
            {
                var compiled = await store.ByKeyAsync(key, request, CancellationToken.None);
                var viaRule = (await store.ByKeysAsync([key], request, includeData: true, CancellationToken.None)).SingleOrDefault();
                Assert.Equal(Describe(viaRule), Describe(compiled));
            }
        }

        Assert.Contains(keys, k => k == DraftReport);
        Assert.Contains(keys, k => k == TrashedReport);
        // Published, below the unpublished listing: neither read finds it.
        Assert.Contains(keys, k => k == Conflict);
        Assert.Null(await store.ByKeyAsync(Conflict, new DeliveryRequest("en", false, ApiKeyState.None, null), CancellationToken.None));
    }

    [Fact]
    public async Task Filtered_list_page_reads_no_facet_rows_when_the_index_is_current()
    {
        var counter = new CommandCounter();
        var (factory, client) = await StartWithCurrentIndexAsync(
            new Dictionary<string, string?> { ["DeliveryApi:OutputCache:Enabled"] = "false" },
            s =>
            {
                s.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(counter));
                s.AddSingleton(CommandCounter.RequestMarker);
            });
        await using var _ = factory;

        counter.Arm();
        var page = await client.JsonAsync(DeliveryHttp.Base + "?filter=region:Africa&filter=contentType:report&sort=updateDate:desc&take=20");
        counter.Disarm();

        Assert.Equal("Sahel dialogue summary", page["items"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(1, page["total"]!.GetValue<long>());
        // The outbox head, the page's rows, the items they pick; the filter itself is answered by the index.
        Assert.True(counter.Count is >= 2 and <= 3, $"{counter.Count} statements:\n" + string.Join("\n---\n", counter.Commands));
        Assert.DoesNotContain(counter.Commands, c => c.Contains("cmsDocumentFacet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delivery_index_is_current_only_up_to_the_outbox_position_it_applied()
    {
        var (factory, _) = await StartWithCurrentIndexAsync();
        await using var _f = factory;
        var index = factory.Services.GetRequiredService<DeliveryContentIndex>();
        var head = await factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Outbox.MaxAsync(m => m.Id));

        Assert.True(index.IsCurrent(head));
        Assert.False(index.IsCurrent(head + 1));
    }

    [Fact]
    public async Task Publish_and_unpublish_show_in_the_next_query_whether_or_not_the_index_has_caught_up()
    {
        var (factory, client) = await StartWithCurrentIndexAsync(new Dictionary<string, string?> { ["DeliveryApi:OutputCache:Enabled"] = "false" });
        await using var _ = factory;
        const string query = "?filter=country:KE&filter=contentType:report&sort=name:asc";
        for (var i = 0; i < 3; i++)
        {
            var key = (await factory.WithContentAsync(c => c.CreateAsync("report", Reports, Edit(
                new Dictionary<string, string> { ["en"] = $"Nairobi talks {i}" },
                ("reportType", "policyBrief"),
                ("summary", EnText("Talks.")),
                ("publicationDate", "2024-03-01"),
                ("countries", new JsonArray("KE"))), Editor))).Key!.Value;
            Assert.True((await factory.WithContentAsync(c => c.PublishAsync(key, null, Editor))).Succeeded);

            var afterPublish = await client.JsonAsync(DeliveryHttp.Base + query);
            Assert.Equal(i + 1, afterPublish["total"]!.GetValue<long>());
            Assert.Contains(((JsonArray)afterPublish["items"]!).Select(n => n!["name"]!.GetValue<string>()), n => n == $"Nairobi talks {i}");

            Assert.True((await factory.WithContentAsync(c => c.UnpublishAsync(key, null, Editor))).Succeeded);
            var afterUnpublish = await client.JsonAsync(DeliveryHttp.Base + query);
            Assert.Equal(i, afterUnpublish["total"]!.GetValue<long>());

            Assert.True((await factory.WithContentAsync(c => c.PublishAsync(key, null, Editor))).Succeeded);
        }
    }

    [Fact]
    public async Task Rebuilt_delivery_index_holds_every_published_route()
    {
        var (factory, _) = await StartWithCurrentIndexAsync();
        await using var _f = factory;
        var index = factory.Services.GetRequiredService<DeliveryContentIndex>();

        await index.StartRebuild();

        var routes = await factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().DocumentUrls.CountAsync());
        var documents = index.Search(s => s.IndexReader.NumDocs);
        Assert.Equal(routes, documents);
        Assert.True(index.IsIdle);
    }

    /// <summary>Every query of <see cref="Queries"/> in both cultures, with and without a Start-Item, on both paths; the answers that differ.</summary>
    private static async Task<List<string>> CompareIndexAndSqlAsync(DeliveryFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var indexStore = services.GetRequiredService<DeliveryContentStore>();
        var sqlStore = SqlOnlyStore(services);

        var differences = new List<string>();
        foreach (var culture in new[] { "en", "fr" })
        {
            foreach (var start in new[] { null, "home" })
            {
                var request = new DeliveryRequest(culture, false, ApiKeyState.None, start);
                foreach (var raw in Queries)
                {
                    var fromIndex = await RunAsync(indexStore, raw, request);
                    var fromSql = await RunAsync(sqlStore, raw, request);
                    if (fromIndex != fromSql)
                    {
                        differences.Add($"{culture} {start} ?{raw}\n  index: {fromIndex}\n  sql:   {fromSql}");
                    }
                }
            }
        }

        return differences;
    }

    /// <summary>What the listing "Conflicts" shows below itself: its children (index path) and each one read by key, in both cultures.</summary>
    private static async Task<string> BelowConflictsAsync(DeliveryFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<DeliveryContentStore>();
        var answers = new List<string>();
        foreach (var culture in new[] { "en", "fr" })
        {
            var request = new DeliveryRequest(culture, false, ApiKeyState.None, null);
            answers.Add(await RunAsync(store, $"fetch=children:{Conflicts}&sort=name:asc", request));
            answers.Add(await RunAsync(store, $"fetch=descendants:{Home}&filter=contentType:conflict,conflictRegion&sort=updateDate:desc", request));
            foreach (var key in new[] { Conflict, Sahel })
            {
                answers.Add(Describe(await store.ByKeyAsync(key, request, CancellationToken.None)) ?? "-");
            }
        }

        return string.Join("\n", answers);
    }

    /// <summary>Delivers the outbox and waits until the delivery index has applied it, so queries take the index path.</summary>
    private static async Task CatchUpAsync(DeliveryFactory factory)
    {
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        var index = factory.Services.GetRequiredService<DeliveryContentIndex>();
        await index.WhenIdleAsync();
        var head = await factory.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Outbox.MaxAsync(m => m.Id));
        Assert.True(index.IsCurrent(head));
    }

    private static async Task<(DeliveryFactory Factory, HttpClient Client)> StartWithCurrentIndexAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var (factory, client) = await DeliveryFactory.StartAsync(settings, services);
        var index = factory.Services.GetRequiredService<DeliveryContentIndex>();
        await index.WhenIdleAsync();
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        return (factory, client);
    }

    /// <summary>The same store over an index that was never opened, so every query takes the SQL path.</summary>
    private static DeliveryContentStore SqlOnlyStore(IServiceProvider services)
    {
        var unopened = ActivatorUtilities.CreateInstance<DeliveryContentIndex>(services);
        var handlers = services.GetRequiredService<IEnumerable<IContentFilterHandler>>();
        var options = services.GetRequiredService<IOptions<DeliveryApiOptions>>();
        return new DeliveryContentStore(
            services.GetRequiredService<CmsDbContext>(),
            options,
            handlers,
            new QueryCountCache(new DeliveryCacheGeneration()),
            new DeliveryCacheGeneration(),
            services.GetRequiredService<ICDiplomacy.Web.Cms.PublicAccess.PublicAccessRules>(),
            new IndexedContentQuery(unopened, handlers, options),
            unopened,
            services.GetRequiredService<OutboxHeadReader>());
    }

    private static string? Describe(ContentRow? row) => row is null ? null
        : $"{row.Id} {row.Key} {row.ContentType} {row.Path} {row.Level} {row.CreateDate:O} {row.UpdateDate:O} {row.Name} {row.Data?.Length} "
          + string.Join(";", row.Urls.OrderBy(u => u.Culture, StringComparer.Ordinal).Select(u => $"{u.Culture}={u.Route}@{u.RootKey}/{u.RootSegment}"));

    private static async Task<string> RunAsync(DeliveryContentStore store, string raw, DeliveryRequest request)
    {
        var query = QueryHelpers.ParseQuery(raw);
        var start = await store.ResolveStartItemAsync(request, CancellationToken.None);
        var q = new ContentQuery(
            query.TryGetValue("fetch", out var fetch) ? fetch.ToString() : null,
            query.TryGetValue("filter", out var filters) ? filters.Select(f => f ?? "").ToList() : [],
            query.TryGetValue("sort", out var sorts) ? sorts.Select(f => f ?? "").ToList() : [],
            query.TryGetValue("skip", out var skip) ? int.Parse(skip!, System.Globalization.CultureInfo.InvariantCulture) : 0,
            query.TryGetValue("take", out var take) ? int.Parse(take!, System.Globalization.CultureInfo.InvariantCulture) : 10);
        var result = await store.QueryAsync(q, request, start.Root, CancellationToken.None);
        // Whole rows, not only names: the index path reads its page with its own (compiled) statement.
        return $"{result.Status} {result.Total} [{string.Join(", ", result.Items.Select(Describe))}] {result.Detail}";
    }
}
