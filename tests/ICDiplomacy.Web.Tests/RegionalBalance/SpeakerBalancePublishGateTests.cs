using System.Net;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Infrastructure;
using static ICDiplomacy.Web.Tests.RegionalBalance.BalanceContentFixture;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>The forum-session publish gate and the endpoints' view of unpublished and trashed content (each test mutates its own app).</summary>
public sealed class SpeakerBalancePublishGateTests
{
    private const string Editor = "editor";
    private static readonly Guid Forum = Demo("forum", "wdf-2026");
    private static readonly Guid OpeningPlenary = Demo("forumSession", "opening-plenary");
    private static readonly Guid Transatlantic = Demo("forumSession", "transatlantic-perspectives");

    [Fact]
    public async Task Publish_unbalanced_session_of_forum_requiring_balance_is_blocked_with_speakers_errors()
    {
        await using var cms = await SeededAsync();
        await SetRequireBalancedSpeakersAsync(cms, true);

        var blocked = await cms.Content.PublishAsync(Transatlantic, null, Editor);
        var balanced = await cms.Content.PublishAsync(OpeningPlenary, null, Editor);

        Assert.Equal(ContentOperationStatus.Blocked, blocked.Status);
        Assert.Equal(5, blocked.Errors.Count);
        Assert.All(blocked.Errors, e => Assert.Equal("speakers", e.Property));
        Assert.Contains(blocked.Errors, e => e.Message.Contains("Oceania", StringComparison.Ordinal) && e.Message.Contains("Add a participant from Oceania.", StringComparison.Ordinal));
        Assert.Contains(blocked.Errors, e => e.Message.Contains("Europe holds 3 of 5 participants (60 %), above the 40 % cap.", StringComparison.Ordinal));
        Assert.Equal(ContentOperationStatus.Success, balanced.Status);
        Assert.Empty(balanced.Errors);
        Assert.Empty(balanced.Warnings);
    }

    [Fact]
    public async Task Publish_unbalanced_session_of_forum_without_the_flag_succeeds_with_speakers_warnings()
    {
        await using var cms = await SeededAsync();
        var (session, data) = await cms.LoadAsync(Transatlantic);
        var saved = await cms.Content.SaveAsync(Transatlantic, session.LatestVersion, EditOf(data, "capacity", JsonNode.Parse("40")), Editor);
        Assert.True(saved.Succeeded, saved.Message);

        var result = await cms.Content.PublishAsync(Transatlantic, null, Editor);

        Assert.Equal(ContentOperationStatus.Success, result.Status);
        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Warnings.Count);
        Assert.All(result.Warnings, w => Assert.Equal("speakers", w.Property));
        var (document, live) = await cms.LoadAsync(Transatlantic, published: true);
        Assert.Equal(document.LatestVersion, document.PublishedVersion);
        Assert.Equal(40, live.GetValue("capacity", "*")!.GetValue<int>());
    }

    [Fact]
    public async Task SessionBalance_unpublished_or_trashed_session_is_404_even_with_the_preview_key()
    {
        await using var cms = await SeededAsync();
        var client = cms.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("Api-Key", PreviewKey);
        var trashedSession = Demo("forumSession", "closing-plenary");
        var unpublishedInitiative = Demo("initiative", "russia-west-contact-group");

        Assert.True((await cms.Content.UnpublishAsync(Transatlantic, null, Editor)).Succeeded);
        Assert.True((await cms.Content.TrashAsync(trashedSession, Editor)).Succeeded);
        Assert.True((await cms.Content.UnpublishAsync(unpublishedInitiative, null, Editor)).Succeeded);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/forum/sessions/{Transatlantic}/balance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/forum/sessions/{trashedSession}/balance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/initiatives/{unpublishedInitiative}/balance")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/forum/sessions/{OpeningPlenary}/balance")).StatusCode);
    }

    private static async Task<CmsHarness> SeededAsync()
    {
        var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite, Settings());
        await cms.Get<IContentSeeder>().SeedAsync(CancellationToken.None);
        return cms;
    }

    private static async Task SetRequireBalancedSpeakersAsync(CmsHarness cms, bool on)
    {
        var (forum, data) = await cms.LoadAsync(Forum);
        var saved = await cms.Content.SaveAsync(Forum, forum.LatestVersion, EditOf(data, "requireBalancedSpeakers", JsonValue.Create(on)), Editor);
        Assert.True(saved.Succeeded, saved.Message + string.Join("; ", saved.Errors.Select(e => $"{e.Property}: {e.Message}")));
        var published = await cms.Content.PublishAsync(Forum, null, Editor);
        Assert.True(published.Succeeded, published.Message);
    }

    // The saved version holds exactly the edit's values, so an edit starts from everything the document has.
    private static DocumentEdit EditOf(VersionData data, string alias, JsonNode? value)
    {
        var values = data.Values.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Count == 1 && kv.Value.TryGetValue(VersionData.Invariant, out var invariant)
                ? invariant?.DeepClone()
                : new JsonObject(kv.Value.Select(c => KeyValuePair.Create(c.Key, c.Value?.DeepClone()))));
        values[alias] = value;
        return new DocumentEdit { Names = data.Names, Values = values };
    }
}
