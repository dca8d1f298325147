using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>Two web nodes on one database each keep their own index, fed from the shared outbox.</summary>
public sealed class SearchMultiNodeTests
{
    [Fact]
    public async Task Change_made_on_one_node_becomes_searchable_on_the_other()
    {
        await using var database = TestDatabase.CreateSqlite();
        var root = Path.Combine(Path.GetTempPath(), "icd-search-nodes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        // A database file, as two processes would share: in-memory shared-cache SQLite reports table locks
        // between connections at once instead of waiting for them.
        var shared = $"Data Source={Path.Combine(root, "shared.db")};Foreign Keys=True;Default Timeout=30;Pooling=False";
        await using var a = Node(database, shared, root, "node-a");
        await using var b = Node(database, shared, root, "node-b");
        await a.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();
        await b.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();

        var key = await a.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentService>();
            var home = (await content.CreateAsync("home", null, Home(), SearchSite.Editor)).Key!.Value;
            await content.PublishAsync(home, null, SearchSite.Editor);
            var listing = (await content.CreateAsync("reportsListing", home, Listing("Reports"), SearchSite.Editor)).Key!.Value;
            await content.PublishAsync(listing, null, SearchSite.Editor);
            var report = (await content.CreateAsync("report", listing, Report("Tigray ceasefire review"), SearchSite.Editor)).Key!.Value;
            Assert.True((await content.PublishAsync(report, null, SearchSite.Editor)).Succeeded);
            return report;
        });

        // Node B only learns of the change by polling the shared outbox; node A's own dispatcher may still be
        // finishing an earlier batch on a loaded machine, so both are given the same time.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while ((Total(b, "q=Tigray") == 0 || Total(a, "q=Tigray") == 0) && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, Total(b, "q=Tigray"));
        Assert.Equal(1, Total(a, "q=Tigray"));
        Assert.NotEqual(
            a.Services.GetRequiredService<SearchIndexManager>().External.CurrentPath,
            b.Services.GetRequiredService<SearchIndexManager>().External.CurrentPath);
        Assert.NotEqual(Guid.Empty, key);
    }

    private static CmsWebApplicationFactory Node(TestDatabase database, string connectionString, string root, string name)
    {
        var factory = new CmsWebApplicationFactory(database, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cms"] = connectionString,
            ["Cms:DataDirectory"] = Path.Combine(root, name),
            ["Cms:NodeName"] = name,
        }, ownsDatabase: false);
        _ = factory.Services;
        return factory;
    }

    private static int Total(CmsWebApplicationFactory node, string query)
    {
        var (request, _) = node.Services.GetRequiredService<SearchRequestParser>().Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        return node.Services.GetRequiredService<SearchService>().Search(request!).Response!.Total;
    }
}
