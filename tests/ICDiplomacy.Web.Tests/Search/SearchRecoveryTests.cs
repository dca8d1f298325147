using System.Net;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Tests.Backoffice;
using ICDiplomacy.Web.Tests.Infrastructure;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>
/// Start-up checks of the index against the database (SECURITY-GUIDE §5, case 58): a missing, truncated,
/// corrupt, locked, stale or incomplete index is rebuilt into a new generation and swapped in.
/// </summary>
public sealed class SearchRecoveryTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "icd-search-tests", Guid.NewGuid().ToString("N"));
    private TestDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = TestDatabase.CreateSqlite();
        Directory.CreateDirectory(_dataDirectory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string ExternalFolder => Path.Combine(_dataDirectory, "search", SearchIndexManager.ExternalIndexName);

    private string CurrentGeneration(string index = SearchIndexManager.ExternalIndexName) =>
        File.ReadAllText(Path.Combine(_dataDirectory, "search", index, "current")).Trim();

    private string CurrentPath => Path.Combine(ExternalFolder, CurrentGeneration());

    private async Task<CmsWebApplicationFactory> StartNodeAsync(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cms:DataDirectory"] = _dataDirectory,
            ["Search:RateLimitPermits"] = "100000",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        var factory = new CmsWebApplicationFactory(_database, settings, ownsDatabase: false);
        await factory.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();
        return factory;
    }

    private static async Task<Guid> PublishReportAsync(CmsWebApplicationFactory node, Guid parent, string name) =>
        await node.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentService>();
            var created = await content.CreateAsync("report", parent, SearchSite.ReportEdit(
                new Dictionary<string, string> { ["en"] = name }, "policyBrief", "2025-01-01", EnText(name + " about ceasefire monitoring.")), SearchSite.Editor);
            Assert.True(created.Succeeded);
            Assert.True((await content.PublishAsync(created.Key!.Value, null, SearchSite.Editor)).Succeeded);
            return created.Key!.Value;
        });

    private static async Task SyncAsync(CmsWebApplicationFactory node)
    {
        await node.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();
        await node.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    private static int Total(CmsWebApplicationFactory node, string query)
    {
        var (request, _) = node.Services.GetRequiredService<SearchRequestParser>().Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        return node.Services.GetRequiredService<SearchService>().Search(request!).Response!.Total;
    }

    /// <summary>A first node builds the site and three reports, then stops cleanly.</summary>
    private async Task<Guid> SeedAsync()
    {
        await using var node = await StartNodeAsync();
        var reports = await node.WithScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<ContentService>();
            var home = (await content.CreateAsync("home", null, Home(), SearchSite.Editor)).Key!.Value;
            Assert.True((await content.PublishAsync(home, null, SearchSite.Editor)).Succeeded);
            var listing = (await content.CreateAsync("reportsListing", home, Listing("Reports"), SearchSite.Editor)).Key!.Value;
            Assert.True((await content.PublishAsync(listing, null, SearchSite.Editor)).Succeeded);
            return listing;
        });
        foreach (var name in new[] { "Donbas", "Darfur", "Kashmir" })
        {
            await PublishReportAsync(node, reports, name);
        }

        await SyncAsync(node);
        Assert.Equal(3, Total(node, "q=ceasefire"));
        return reports;
    }

    [Fact]
    public async Task Restart_of_a_healthy_index_keeps_its_generation_and_releases_the_lock_on_stop()
    {
        await SeedAsync();
        var generation = CurrentGeneration();

        // Stopped cleanly: another writer can take the lock at once.
        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(new DirectoryInfo(CurrentPath), new Lucene.Net.Store.NativeFSLockFactory(CurrentPath)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { WriteLockTimeout = 0 }))
        {
            Assert.True(writer.NumDocs >= 3);
        }

        await using var node = await StartNodeAsync();
        Assert.Equal(generation, CurrentGeneration());
        Assert.Equal(3, Total(node, "q=ceasefire"));
    }

    [Fact]
    public async Task Missing_index_is_rebuilt_from_the_database()
    {
        await SeedAsync();
        Directory.Delete(Path.Combine(_dataDirectory, "search"), recursive: true);

        await using var node = await StartNodeAsync();
        Assert.Equal(3, Total(node, "q=ceasefire"));
    }

    [Fact]
    public async Task Truncated_segments_file_is_detected_and_rebuilt_into_a_new_generation()
    {
        await SeedAsync();
        var old = CurrentGeneration();
        var segments = Directory.GetFiles(CurrentPath, "segments_*").Single();
        await using (var stream = new FileStream(segments, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        await using var node = await StartNodeAsync();
        Assert.NotEqual(old, CurrentGeneration());
        Assert.Equal(3, Total(node, "q=ceasefire"));
    }

    [Fact]
    public async Task Damaged_segment_data_is_found_by_the_checksum_check_and_rebuilt()
    {
        await SeedAsync();
        var old = CurrentGeneration();
        var largest = new DirectoryInfo(CurrentPath).GetFiles()
            .Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "write.lock")
            .OrderByDescending(f => f.Length).First();
        var bytes = await File.ReadAllBytesAsync(largest.FullName);
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 16 && i < bytes.Length; i++)
        {
            bytes[i] ^= 0x5A;
        }

        await File.WriteAllBytesAsync(largest.FullName, bytes);

        await using var node = await StartNodeAsync();
        Assert.NotEqual(old, CurrentGeneration());
        Assert.Equal(3, Total(node, "q=ceasefire"));
    }

    [Fact]
    public async Task Leftover_write_lock_file_does_not_block_the_writer()
    {
        var reports = await SeedAsync();
        var old = CurrentGeneration();
        // What SimpleFSLockFactory or a crash leaves behind: a plain file nobody holds.
        await File.WriteAllTextAsync(Path.Combine(CurrentPath, "write.lock"), "stale");

        await using var node = await StartNodeAsync();
        Assert.Equal(old, CurrentGeneration());
        await PublishReportAsync(node, reports, "Tigray");
        await SyncAsync(node);
        Assert.Equal(4, Total(node, "q=ceasefire"));
    }

    [Fact]
    public async Task Index_locked_by_another_writer_is_rebuilt_into_a_new_directory()
    {
        var reports = await SeedAsync();
        var old = CurrentGeneration();
        var lockedPath = CurrentPath;
        using var directory = new Lucene.Net.Store.SimpleFSDirectory(new DirectoryInfo(lockedPath), new Lucene.Net.Store.NativeFSLockFactory(lockedPath));
        using var holder = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null));

        await using var node = await StartNodeAsync();
        Assert.NotEqual(old, CurrentGeneration());
        Assert.Equal(3, Total(node, "q=ceasefire"));
        await PublishReportAsync(node, reports, "Tigray");
        await SyncAsync(node);
        Assert.Equal(4, Total(node, "q=ceasefire"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Index_that_lost_items_or_lags_behind_the_outbox_is_rebuilt(bool lostItems)
    {
        await SeedAsync();
        var old = CurrentGeneration();
        using (var directory = new Lucene.Net.Store.SimpleFSDirectory(new DirectoryInfo(CurrentPath), new Lucene.Net.Store.NativeFSLockFactory(CurrentPath)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            if (lostItems)
            {
                // Claims to be current with the outbox, but holds one item fewer than the database.
                writer.DeleteDocuments(new Term(SearchFields.NodeTypeAlias, "report"));
                writer.SetCommitData(new Dictionary<string, string> { [SearchIndex.OutboxIdKey] = "1000000" });
            }
            else
            {
                // An old copy: it reflects less of the outbox than the cursor says was delivered.
                writer.SetCommitData(new Dictionary<string, string> { [SearchIndex.OutboxIdKey] = "1" });
            }

            writer.Commit();
        }

        await using var node = await StartNodeAsync();
        Assert.NotEqual(old, CurrentGeneration());
        Assert.Equal(3, Total(node, "q=ceasefire"));
    }

    [Fact]
    public async Task Rebuild_switch_rebuilds_a_healthy_index_at_start_up()
    {
        await SeedAsync();
        var old = CurrentGeneration();
        await using var node = await StartNodeAsync(new Dictionary<string, string?> { ["Search:RebuildOnStartup"] = "true" });
        Assert.NotEqual(old, CurrentGeneration());
        Assert.NotEqual(old, CurrentGeneration(SearchIndexManager.InternalIndexName));
        Assert.Equal(3, Total(node, "q=ceasefire"));
        Assert.False(Directory.Exists(Path.Combine(ExternalFolder, old)));
    }

    [Fact]
    public async Task Management_rebuild_needs_an_administrator_and_swaps_while_search_answers()
    {
        await SeedAsync();
        var old = CurrentGeneration();
        await using var node = await StartNodeAsync(new Dictionary<string, string?>
        {
            ["Cms:Unattended:ApiClientId"] = ManagementClients.Admin,
            ["Cms:Unattended:ApiClientSecret"] = ManagementClients.Secret,
        });
        using var anonymous = node.CreateClient();
        using var admin = await ManagementClients.ClientAsync(node);
        var rebuild = new Uri(ManagementClients.Api + "/indexer/ExternalIndex/rebuild", UriKind.Relative);

        using (var noToken = await anonymous.PostAsync(rebuild, null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        }

        using (var response = await admin.PostAsync(rebuild, null))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var during = await anonymous.GetAsync(new Uri("/api/search?q=ceasefire", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        }

        await node.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync();
        Assert.NotEqual(old, CurrentGeneration());
        Assert.Equal(3, Total(node, "q=ceasefire"));
    }

    [Fact]
    public async Task Search_without_a_usable_index_answers_503_with_retry_after()
    {
        await using var node = await StartNodeAsync();
        node.Services.GetRequiredService<SearchIndexManager>().External.Dispose();
        using var client = node.CreateClient();

        using var api = await client.GetAsync(new Uri("/api/search?q=ceasefire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.True(api.Headers.RetryAfter is not null);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        using var page = await client.GetAsync(new Uri("/search?q=ceasefire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("being rebuilt", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
