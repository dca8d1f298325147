using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>The indexes follow content changes through the outbox: publish, unpublish, trash, restore, delete, move.</summary>
public sealed class SearchIndexUpdateTests
{
    private const string Editor = SearchSite.Editor;

    private static async Task<(CmsHarness Cms, Guid Home, Guid Reports)> StartAsync()
    {
        var cms = await SearchSite.StartAsync();
        var (home, reports) = await SearchSite.SkeletonAsync(cms);
        return (cms, home, reports);
    }

    private static Task<Guid> ReportAsync(CmsHarness cms, Guid parent, string name, bool publish = true) =>
        SearchSite.CreateAsync(cms, "report", parent, SearchSite.ReportEdit(
            new Dictionary<string, string> { ["en"] = name, ["fr"] = name + " (fr)" }, "policyBrief", "2025-01-01",
            PerCulture(("en", "Ceasefire monitoring in the Donbas."), ("fr", "Surveillance du cessez-le-feu."))), publish);

    private static int Found(CmsHarness cms, string q) => SearchSite.Search(cms, "q=" + Uri.EscapeDataString(q)).Total;

    private static InternalSearchResult Internal(CmsHarness cms, string q, bool trashed = false) =>
        cms.Get<InternalSearchService>().Search(new InternalSearchRequest(q, [-1], ["en", "fr"], IncludeTrashed: trashed));

    [Fact]
    public async Task Publish_makes_an_item_searchable_and_a_saved_draft_changes_only_the_internal_index()
    {
        var (cms, _, reports) = await StartAsync();
        await using var _ = cms;
        var key = await ReportAsync(cms, reports, "Donbas monitoring note", publish: false);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, Found(cms, "Donbas"));
        Assert.Equal(2, Internal(cms, "Donbas").Total);

        Assert.True((await cms.Content.PublishAsync(key, null, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(1, Found(cms, "Donbas"));

        var (doc, _) = await cms.LoadAsync(key);
        var saved = await cms.Content.SaveAsync(key, doc.LatestVersion, SearchSite.ReportEdit(
            new Dictionary<string, string> { ["en"] = "Donbas monitoring note", ["fr"] = "Note (fr)" }, "policyBrief", "2025-01-01",
            PerCulture(("en", "Rewritten: humanitarian corridors."), ("fr", "Corridors."))), Editor);
        Assert.True(saved.Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, Found(cms, "humanitarian"));
        Assert.Equal(1, Found(cms, "ceasefire"));
        Assert.Equal(1, Internal(cms, "humanitarian").Total);
        Assert.Equal(0, Internal(cms, "ceasefire").Hits.Count(h => h.Culture == "en"));
    }

    [Fact]
    public async Task Publish_is_searchable_within_two_seconds_through_the_background_dispatcher()
    {
        var (cms, _, reports) = await StartAsync();
        await using var _ = cms;
        await SearchSite.SyncAsync(cms);
        var key = await ReportAsync(cms, reports, "Azov sea shipping");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (Found(cms, "Azov") == 0 && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.Equal(1, Found(cms, "Azov"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.ElapsedMilliseconds} ms");
        Assert.NotEqual(Guid.Empty, key);
    }

    [Fact]
    public async Task Unpublish_of_one_culture_removes_only_that_language_and_of_all_removes_the_item()
    {
        var (cms, _, reports) = await StartAsync();
        await using var _ = cms;
        var key = await ReportAsync(cms, reports, "Donbas monitoring note");
        await SearchSite.SyncAsync(cms);
        Assert.Equal(2, SearchSite.Search(cms, "q=Donbas&sort=newest").Facets["language"].Sum(v => v.Count));

        Assert.True((await cms.Content.UnpublishAsync(key, ["fr"], Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, SearchSite.Search(cms, "q=cessez&language=fr").Total);
        Assert.Equal(1, Found(cms, "Donbas"));

        Assert.True((await cms.Content.UnpublishAsync(key, null, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, Found(cms, "Donbas"));
        var inner = Internal(cms, "Donbas");
        Assert.All(inner.Hits, h => Assert.False(h.Published));
    }

    [Fact]
    public async Task Trash_removes_a_branch_from_public_search_restore_keeps_it_unpublished_and_delete_removes_it_everywhere()
    {
        var (cms, _, reports) = await StartAsync();
        await using var _ = cms;
        await ReportAsync(cms, reports, "Donbas monitoring note");
        await SearchSite.SyncAsync(cms);
        Assert.Equal(1, Found(cms, "Donbas"));

        Assert.True((await cms.Content.TrashAsync(reports, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, Found(cms, "Donbas"));
        Assert.Equal(0, Internal(cms, "Donbas").Total);
        Assert.Equal(2, Internal(cms, "Donbas", trashed: true).Total);

        Assert.True((await cms.Content.RestoreAsync(reports, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, Found(cms, "Donbas"));
        Assert.Equal(2, Internal(cms, "Donbas").Total);

        Assert.True((await cms.Content.TrashAsync(reports, Editor)).Succeeded);
        Assert.True((await cms.Content.DeleteAsync(reports, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, Internal(cms, "Donbas", trashed: true).Total);
        Assert.Equal(0, Internal(cms, "Reports", trashed: true).Total);
    }

    [Fact]
    public async Task Unpublishing_a_parent_removes_its_published_branch_from_public_search_and_publishing_it_brings_the_branch_back()
    {
        var (cms, _, reports) = await StartAsync();
        await using var _ = cms;
        var key = await ReportAsync(cms, reports, "Donbas monitoring note");
        await SearchSite.SyncAsync(cms);
        Assert.Equal(1, Found(cms, "Donbas"));

        Assert.True((await cms.Content.UnpublishAsync(reports, ["fr"], Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, SearchSite.Search(cms, "q=cessez&language=fr").Total);
        Assert.Equal(1, Found(cms, "Donbas"));

        Assert.True((await cms.Content.UnpublishAsync(reports, null, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, Found(cms, "Donbas"));
        // Still published itself, as the backoffice (internal) index shows.
        Assert.All(Internal(cms, "Donbas").Hits, h => Assert.True(h.Published));

        Assert.True((await cms.Content.PublishAsync(reports, null, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(key, Assert.Single(SearchSite.Search(cms, "q=Donbas").Hits).Key);
        Assert.Equal(1, SearchSite.Search(cms, "q=cessez&language=fr").Total);
    }

    [Fact]
    public async Task Move_updates_the_path_of_the_item_and_its_descendants_for_start_node_filtering()
    {
        var (cms, home, _) = await StartAsync();
        await using var _ = cms;
        // Unpublished pages: their routes do not change, so the outbox names only the moved page, not its child.
        var a = await SearchSite.CreateAsync(cms, "page", home, En("Section A"), publish: false);
        var b = await SearchSite.CreateAsync(cms, "page", home, En("Section B"), publish: false);
        await SearchSite.CreateAsync(cms, "page", a, En("Donbas notes", ("body", EnText("<p>Ceasefire lines.</p>"))), publish: false);
        await SearchSite.SyncAsync(cms);
        var db = cms.Db;
        var bId = await db.Documents.Where(d => d.Key == b).Select(d => d.Id).SingleAsync();
        var aId = await db.Documents.Where(d => d.Key == a).Select(d => d.Id).SingleAsync();
        var service = cms.Get<InternalSearchService>();
        Assert.Equal(0, service.Search(new InternalSearchRequest("ceasefire", [bId], ["en"])).Total);
        Assert.Equal(1, service.Search(new InternalSearchRequest("ceasefire", [aId], ["en"])).Total);

        Assert.True((await cms.Content.MoveAsync(a, b, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        var moved = Assert.Single(service.Search(new InternalSearchRequest("ceasefire", [bId], ["en"])).Hits);
        Assert.Contains("," + bId + ",", moved.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replaying_the_outbox_from_the_start_changes_nothing()
    {
        var (cms, _, reports) = await StartAsync();
        await using var _ = cms;
        await ReportAsync(cms, reports, "Donbas monitoring note");
        await SearchSite.SyncAsync(cms);
        var before = SearchSite.Search(cms, "sort=newest");

        var db = cms.Db;
        await db.OutboxCursors.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastId, 0L));
        await SearchSite.SyncAsync(cms);
        var after = SearchSite.Search(cms, "sort=newest");
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Hits.Select(h => h.Key), after.Hits.Select(h => h.Key));
        Assert.Equal(1, Found(cms, "Donbas"));
        Assert.Equal(2, Internal(cms, "Donbas").Total);
    }

    [Fact]
    public async Task Browsing_counts_are_the_same_on_every_page_and_follow_a_publish()
    {
        var (cms, _, reports) = await StartAsync();
        await using var _ = cms;
        await ReportAsync(cms, reports, "Donbas monitoring note");
        await SearchSite.SyncAsync(cms);
        var first = SearchSite.Search(cms, "sort=newest");
        var again = SearchSite.Search(cms, "sort=oldest&page=2&pageSize=1");
        Assert.Equal(first.Total, again.Total);
        Assert.Equal(first.Facets["type"].Select(v => (v.Value, v.Count)), again.Facets["type"].Select(v => (v.Value, v.Count)));
        Assert.Single(again.Hits);

        await ReportAsync(cms, reports, "Azov shipping note");
        await SearchSite.SyncAsync(cms);
        var after = SearchSite.Search(cms, "sort=newest");
        Assert.Equal(first.Total + 1, after.Total);
        Assert.Equal(2, after.Facets["type"].Single(v => v.Value == "policyBrief").Count);
    }
}
