using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>
/// The demo content is published at start-up, before the search start-up step runs: the indexer opens the
/// indexes itself, every kind of property value (numbers, dates, blocks) indexes, and no roster name is found.
/// </summary>
public sealed class SearchDemoContentTests
{
    [Fact]
    public async Task Demo_content_seeded_at_start_up_is_searchable_and_matches_the_database()
    {
        await using var cms = await SearchSite.StartAsync(new Dictionary<string, string?> { ["Cms:SeedDemoContent"] = "true" });
        await SearchSite.SyncAsync(cms);
        var indexes = cms.Get<SearchIndexManager>();
        await indexes.WhenIdleAsync();

        Assert.Null(await indexes.VerifyAsync(indexes.CursorName, CancellationToken.None));
        Assert.True(SearchSite.Search(cms, "q=Kartarpur").Total > 0);
        Assert.True(SearchSite.Search(cms, "type=forum").Total > 0);
        Assert.True(SearchSite.Search(cms, "region=Africa").Total > 0);
    }

    [Fact]
    public async Task Demo_roster_names_never_find_the_meeting_they_were_at_in_either_index()
    {
        await using var cms = await SearchSite.StartAsync(new Dictionary<string, string?> { ["Cms:SeedDemoContent"] = "true" });
        await SearchSite.SyncAsync(cms);

        // (name, the item whose confidential roster holds it); a person may also have a public profile page of their own.
        var rostered = new HashSet<(string Name, Guid Item)>();
        var db = cms.Db;
        var versions = await db.DocumentVersions.AsNoTracking()
            .Join(db.Documents.AsNoTracking(), v => v.DocumentId, d => d.Id, (v, d) => new { d.Key, v.Data })
            .ToListAsync();
        foreach (var version in versions)
        {
            var data = VersionData.Deserialize(version.Data);
            if (data.Values.TryGetValue("participantRoster", out var byCulture))
            {
                foreach (var block in byCulture.Values.OfType<JsonArray>().SelectMany(a => a).OfType<JsonObject>())
                {
                    if (block["values"]?["fullName"] is JsonValue v && v.TryGetValue(out string? name))
                    {
                        rostered.Add((name, version.Key));
                    }
                }
            }
        }

        Assert.NotEmpty(rostered);
        var internalSearch = cms.Get<InternalSearchService>();
        foreach (var (name, item) in rostered)
        {
            var phrase = "\"" + name + "\"";
            Assert.DoesNotContain(SearchSite.Search(cms, "q=" + Uri.EscapeDataString(phrase) + "&pageSize=50").Hits, h => h.Key == item);
            Assert.DoesNotContain(
                internalSearch.Search(new InternalSearchRequest(phrase, [-1], ["en", "fr", "es", "ru", "ar", "zh"], IncludeTrashed: true, PageSize: 50)).Hits,
                h => h.Key == item);
        }
    }
}
