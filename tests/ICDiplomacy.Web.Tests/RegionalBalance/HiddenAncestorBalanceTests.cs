using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.DemoContent;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>
/// The public balance of a session or initiative below an unpublished ancestor is as absent as the item is from the
/// Delivery API, and people below an unpublished ancestor count as unpublished people: an unknown country.
/// </summary>
public sealed class HiddenAncestorBalanceTests
{
    private const string Editor = "editor@test";
    private static readonly Guid Forum = DemoWriter.KeyFor("forum", DemoForum.Id);
    private static readonly Guid PeopleListing = DemoWriter.KeyFor("peopleListing", "people");
    private static readonly Guid InitiativesListing = DemoWriter.KeyFor("initiativesListing", "initiatives");
    private static readonly string SessionUrl = $"/api/forum/sessions/{BalanceContentFixture.Demo("forumSession", "transatlantic-perspectives")}/balance";
    private static readonly string InitiativeUrl = $"/api/initiatives/{BalanceContentFixture.Demo("initiative", "russia-west-contact-group")}/balance";

    [Fact]
    public async Task Balance_of_a_session_below_an_unpublished_forum_is_404_until_the_forum_is_published_again()
    {
        var fixture = new BalanceContentFixture();
        await fixture.InitializeAsync();
        try
        {
            var before = await fixture.WithPreviewKey().GetStringAsync(SessionUrl);
            var initiativeBefore = await fixture.WithPreviewKey().GetStringAsync(InitiativeUrl);

            Assert.True((await fixture.Cms.Content.UnpublishAsync(Forum, null, Editor)).Succeeded);
            Assert.True((await fixture.Cms.Content.UnpublishAsync(InitiativesListing, null, Editor)).Succeeded);

            foreach (var url in new[] { SessionUrl, InitiativeUrl })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().GetAsync(url)).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await fixture.WithPreviewKey().GetAsync(url)).StatusCode);
            }

            Assert.True((await fixture.Cms.Content.PublishAsync(Forum, null, Editor)).Succeeded);
            Assert.True((await fixture.Cms.Content.PublishAsync(InitiativesListing, null, Editor)).Succeeded);

            Assert.Equal(before, await fixture.WithPreviewKey().GetStringAsync(SessionUrl));
            Assert.Equal(initiativeBefore, await fixture.WithPreviewKey().GetStringAsync(InitiativeUrl));
            Assert.Equal(HttpStatusCode.OK, (await fixture.Anonymous().GetAsync(SessionUrl)).StatusCode);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task Speakers_below_an_unpublished_people_listing_count_with_an_unknown_country()
    {
        var fixture = new BalanceContentFixture();
        await fixture.InitializeAsync();
        try
        {
            var before = (await fixture.WithPreviewKey().GetFromJsonAsync<JsonObject>(SessionUrl))!;
            Assert.Equal(["CA", "DE", "FR", "PL", "US"], before["participants"]!.AsArray().Select(p => p!["country"]!.GetValue<string>()).Order(StringComparer.Ordinal));

            Assert.True((await fixture.Cms.Content.UnpublishAsync(PeopleListing, null, Editor)).Succeeded);

            var after = (await fixture.WithPreviewKey().GetFromJsonAsync<JsonObject>(SessionUrl))!;
            var participants = after["participants"]!.AsArray();
            Assert.Equal(5, participants.Count);
            Assert.All(participants, p => Assert.Null(p!["country"]));
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }
}
