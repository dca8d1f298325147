using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static ICDiplomacy.Web.Tests.RegionalBalance.BalanceContentFixture;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>GET /api/forum/sessions/{id}/balance and GET /api/initiatives/{id}/balance on the demo content.</summary>
public sealed class ContentBalanceEndpointTests(BalanceContentFixture fixture) : IClassFixture<BalanceContentFixture>
{
    private static readonly Guid OpeningPlenary = Demo("forumSession", "opening-plenary");
    private static readonly Guid Transatlantic = Demo("forumSession", "transatlantic-perspectives");
    private static readonly Guid ContactGroup = Demo("initiative", "russia-west-contact-group");

    private static string SessionUrl(Guid id) => $"/api/forum/sessions/{id}/balance";

    private static string InitiativeUrl(Guid id) => $"/api/initiatives/{id}/balance";

    [Fact]
    public async Task SessionBalance_balanced_demo_session_is_PASS_with_every_small_region_suppressed()
    {
        var response = await fixture.Anonymous().GetAsync(SessionUrl(OpeningPlenary));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("forumSession", body["subject"]!.GetValue<string>());
        Assert.Equal(OpeningPlenary, body["id"]!.GetValue<Guid>());
        Assert.False(body["detailed"]!.GetValue<bool>());
        Assert.Equal("forum", body["profile"]!.GetValue<string>());
        Assert.Equal("PASS", body["verdict"]!.GetValue<string>());
        Assert.Equal(5, body["regionsCovered"]!.GetValue<int>());
        Assert.Equal(3, body["suppressionThreshold"]!.GetValue<int>());
        var regions = body["regions"]!.AsArray();
        Assert.Equal(["Africa", "Americas", "Asia", "Europe", "Oceania"], regions.Select(r => r!["region"]!.GetValue<string>()));
        Assert.All(regions, r =>
        {
            Assert.True(r!["suppressed"]!.GetValue<bool>());
            Assert.Null(r["count"]);
            Assert.Null(r["share"]);
        });
        Assert.Equal("unctad", body["globalSouth"]!["definition"]!.GetValue<string>());
        Assert.Empty(body["parties"]!.AsArray());
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task SessionBalance_unbalanced_demo_session_is_FAIL_and_shows_only_cells_of_three_or_more()
    {
        var body = (await fixture.Anonymous().GetFromJsonAsync<JsonObject>(SessionUrl(Transatlantic)))!;

        Assert.Equal("FAIL", body["verdict"]!.GetValue<string>());
        Assert.Equal(2, body["regionsCovered"]!.GetValue<int>());
        var regions = body["regions"]!.AsArray().ToDictionary(r => r!["region"]!.GetValue<string>(), r => r!);
        Assert.False(regions["Europe"]["suppressed"]!.GetValue<bool>());
        Assert.Equal(3, regions["Europe"]["count"]!.GetValue<int>());
        Assert.Equal(0.6, regions["Europe"]["share"]!.GetValue<double>(), 3);
        Assert.True(regions["Americas"]["suppressed"]!.GetValue<bool>());
        Assert.Null(regions["Americas"]["count"]);
        Assert.True(regions["Africa"]["suppressed"]!.GetValue<bool>());
        var globalSouth = body["globalSouth"]!;
        Assert.True(globalSouth["suppressed"]!.GetValue<bool>());
        Assert.Null(globalSouth["count"]);
        Assert.Null(globalSouth["share"]);
        Assert.Null(body["reasons"]);
        Assert.Null(body["result"]);
        Assert.Null(body["participants"]);
    }

    [Fact]
    public async Task SessionBalance_public_answer_names_no_participant_or_country()
    {
        var detail = (await fixture.WithPreviewKey().GetFromJsonAsync<JsonObject>(SessionUrl(Transatlantic)))!;
        var text = await fixture.Anonymous().GetStringAsync(SessionUrl(Transatlantic));

        var participants = detail["participants"]!.AsArray();
        Assert.Equal(5, participants.Count);
        foreach (var participant in participants)
        {
            Assert.DoesNotContain(participant!["id"]!.GetValue<string>(), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain($"\"{participant["country"]!.GetValue<string>()}\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SessionBalance_with_preview_key_returns_reasons_with_explanations_and_no_store()
    {
        var response = await fixture.WithPreviewKey().GetAsync(SessionUrl(Transatlantic));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["detailed"]!.GetValue<bool>());
        var result = body["result"]!;
        Assert.Equal("FAIL", result["verdict"]!.GetValue<string>());
        var reasons = result["reasons"]!.AsArray();
        Assert.Equal(
            ["MissingRegion:Africa", "MissingRegion:Asia", "MissingRegion:Oceania", "RegionOverCap:Europe", "GlobalSouthBelowFloor"],
            reasons.Select(r => r!["code"]!.GetValue<string>()));
        Assert.All(reasons, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r!["explanation"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(r["fix"]!.GetValue<string>()));
        });
        Assert.Equal(2, result["metrics"]!["regions"]!.AsArray().Single(r => r!["region"]!.GetValue<string>() == "Americas")!["count"]!.GetValue<int>());
        Assert.Equal(["CA", "DE", "FR", "PL", "US"], body["participants"]!.AsArray().Select(p => p!["country"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SessionBalance_with_wrong_preview_key_returns_the_public_answer()
    {
        var body = (await fixture.WithPreviewKey("not-the-key").GetFromJsonAsync<JsonObject>(SessionUrl(Transatlantic)))!;

        Assert.False(body["detailed"]!.GetValue<bool>());
        Assert.Null(body["participants"]);
    }

    [Fact]
    public async Task SessionBalance_with_management_token_returns_the_detail()
    {
        var client = await fixture.WithManagementTokenAsync();

        var response = await client.GetAsync(SessionUrl(OpeningPlenary));

        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["detailed"]!.GetValue<bool>());
        Assert.Equal("PASS", body["result"]!["verdict"]!.GetValue<string>());
        Assert.Empty(body["result"]!["reasons"]!.AsArray());
        Assert.Equal(5, body["participants"]!.AsArray().Count);
    }

    [Fact]
    public async Task SessionBalance_with_forged_token_returns_the_public_answer()
    {
        var client = fixture.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "forged-token");

        var body = (await client.GetFromJsonAsync<JsonObject>(SessionUrl(OpeningPlenary)))!;

        Assert.False(body["detailed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SessionBalance_unknown_id_or_other_document_type_is_404()
    {
        var client = fixture.WithPreviewKey();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(SessionUrl(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(SessionUrl(ContactGroup))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(SessionUrl(Demo("forum", "wdf-2026")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(InitiativeUrl(OpeningPlenary))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/forum/sessions/not-a-guid/balance")).StatusCode);
    }

    [Fact]
    public async Task InitiativeBalance_contact_group_uses_dialogue_profile_and_suppresses_small_parties()
    {
        var response = await fixture.Anonymous().GetAsync(InitiativeUrl(ContactGroup));
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var detail = (await fixture.WithPreviewKey().GetFromJsonAsync<JsonObject>(InitiativeUrl(ContactGroup)))!;

        Assert.Equal("initiative", body["subject"]!.GetValue<string>());
        Assert.Equal("dialogue", body["profile"]!.GetValue<string>());
        Assert.Equal(detail["result"]!["verdict"]!.GetValue<string>(), body["verdict"]!.GetValue<string>());
        var parties = body["parties"]!.AsArray();
        Assert.Equal(["Russia", "NATO/West"], parties.Select(p => p!["name"]!.GetValue<string>()));
        Assert.True(parties[0]!["suppressed"]!.GetValue<bool>());
        Assert.Null(parties[0]!["count"]);
        Assert.False(parties[1]!["suppressed"]!.GetValue<bool>());
        Assert.Equal(3, parties[1]!["count"]!.GetValue<int>());
        var detailParties = detail["result"]!["metrics"]!["parties"]!.AsArray();
        Assert.Equal(2, detailParties[0]!["count"]!.GetValue<int>());
        Assert.Equal(8, detail["participants"]!.AsArray().Count);
        Assert.Equal(2, detail["conflict"]!["parties"]!.AsArray().Count);
    }

    [Fact]
    public async Task InitiativeBalance_unknown_id_is_404()
    {
        var response = await fixture.Anonymous().GetAsync(InitiativeUrl(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
