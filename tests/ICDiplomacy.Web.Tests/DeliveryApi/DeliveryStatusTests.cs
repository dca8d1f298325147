using System.Net;
using System.Text.Json.Nodes;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The status-code matrix of reference §1.7 and SECURITY-GUIDE §6 F (cases 51, 54).</summary>
public sealed class DeliveryStatusTests(DeliverySiteFixture site) : IClassFixture<DeliverySiteFixture>
{
    private const string WrongKey = "wrong-key-0000000000000";
    private readonly HttpClient _client = site.Client;

    public static TheoryData<string, string, string?, int> Matrix => new()
    {
        // url, Accept-Language, extra header "Name: value", status
        { $"/item/{SahelReport}", "en", null, 200 },
        { $"/item/{DraftReport}", "en", null, 404 },
        { $"/item/{TrashedReport}", "en", null, 404 },
        { $"/item/{DraftInitiative}", "en", null, 404 },
        { $"/item/{Guid.NewGuid()}", "en", null, 404 },
        { $"/item/{CaucasusReport}", "fr", null, 404 },
        { $"/item/{CaucasusReport}", "en-GB,en;q=0.9", null, 200 },
        { $"/item/{SahelReport}", "fr-FR", null, 200 },
        { "/item/reports/caucasus-policy-brief/", "en", null, 200 },
        { "/item/reports%2Fcaucasus-policy-brief", "en", null, 200 },
        { "/item/reports/draft-report/", "en", null, 404 },
        { "/item/reports/withdrawn-report/", "en", null, 404 },
        { "/item/reports/caucasus-policy-brief/", "fr", null, 404 },
        { $"/item/preview-{DraftReport}/", "en", null, 404 },
        { $"/item/{DraftReport}", "en", "Preview: true", 401 },
        { $"/item/{SahelReport}", "en", "Preview: true", 401 },
        { $"/item/{DraftReport}", "en", $"Api-Key: {WrongKey}", 404 },
        { $"/item/{SahelReport}", "en", "Start-Item: home", 200 },
        { $"/item/{SahelReport}", "en", $"Start-Item: {Home}", 200 },
        { $"/item/{SahelReport}", "en", "Start-Item: /HOME/", 200 },
        { "/item/reports/caucasus-policy-brief/", "en", "Start-Item: home", 200 },
        { "/items", "en", "Start-Item: nowhere", 404 },
        { "?fetch=children:/", "en", "Start-Item: nowhere", 404 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Delivery_request_answers_the_documented_status(string url, string culture, string? header, int status)
    {
        var headers = new List<(string, string)> { ("Accept-Language", culture) };
        if (header is not null)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            headers.Add((header[..colon], header[(colon + 1)..].Trim()));
        }

        using var response = await _client.SendAsync(DeliveryHttp.Base + url, headers.ToArray());
        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task Unknown_start_item_answers_404_with_Umbracos_json_string()
    {
        using var response = await _client.SendAsync(DeliveryHttp.Base + $"/item/{SahelReport}", ("Start-Item", "nowhere"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("\"The Start-Item could not be found\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Preview_with_the_key_reads_a_never_published_draft_with_a_preview_route()
    {
        var item = await _client.JsonAsync(DeliveryHttp.Base + $"/item/{DraftReport}", ("Preview", "true"), ("Api-Key", ApiKey));
        Assert.Equal("Draft report", item["name"]!.GetValue<string>());
        Assert.Equal($"/preview-{DraftReport}/", item["route"]!["path"]!.GetValue<string>());
        Assert.Equal(Home, item["route"]!["startItem"]!["id"]!.GetValue<Guid>());

        var again = await _client.JsonAsync(DeliveryHttp.Base + $"/item/preview-{DraftReport}/", ("Preview", "True"), ("Api-Key", ApiKey));
        Assert.Equal(DraftReport, again["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Preview_never_shows_trashed_content()
    {
        using var response = await _client.SendAsync(DeliveryHttp.Base + $"/item/{TrashedReport}", ("Preview", "true"), ("Api-Key", ApiKey));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Preview_expansion_shows_a_draft_pick_that_is_hidden_publicly()
    {
        var url = DeliveryHttp.Base + $"/item/{SahelReport}?expand=properties[initiative]";
        var publicItem = await _client.JsonAsync(url);
        Assert.Null(publicItem["properties"]!["initiative"]);

        var preview = await _client.JsonAsync(url, ("Preview", "true"), ("Api-Key", ApiKey));
        Assert.Equal("Sahel Civilian Dialogue", preview["properties"]!["initiative"]!["name"]!.GetValue<string>());
        Assert.Equal("active", preview["properties"]!["initiative"]!["properties"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Preview_of_a_draft_renders_links_and_leaves_out_its_confidential_expert_group()
    {
        var item = await _client.JsonAsync(DeliveryHttp.Base + $"/item/{DraftInitiative}?expand=properties[$all]", ("Preview", "true"), ("Api-Key", ApiKey));
        DeliveryHttp.AssertGolden("preview-initiative-expanded", item.ToJsonString());
        Assert.Null(item["properties"]!["expertGroup"]);
        Assert.False(item["properties"]!.AsObject().ContainsKey("expertGroup"));
    }

    [Fact]
    public async Task Old_route_recorded_by_redirect_tracking_answers_301_with_start_item_headers()
    {
        using var response = await _client.SendAsync(DeliveryHttp.Base + "/item/reports/old-title/");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/reports/proposal-to-governments/", response.Headers.Location?.OriginalString);
        Assert.Equal("home", response.Headers.GetValues("Location-Start-Item-Path").Single());
        Assert.Equal(Home.ToString(), response.Headers.GetValues("Location-Start-Item-Id").Single());
    }

    [Fact]
    public async Task Content_responses_vary_by_the_delivery_headers()
    {
        using var response = await _client.SendAsync(DeliveryHttp.Base + $"/item/{SahelReport}");
        Assert.Contains("Accept-Language, Preview, Start-Item", string.Join(", ", response.Headers.Vary));
    }

    [Fact]
    public async Task Items_endpoint_leaves_out_drafts_trashed_and_unknown_ids_in_request_order()
    {
        var items = (JsonArray)await _client.JsonAsync(DeliveryHttp.Base + $"/items?id={CaucasusReport}&id={DraftReport}&id={TrashedReport}&id={Person}&id={CaucasusReport}&id={Guid.NewGuid()}");
        Assert.Equal([CaucasusReport, Person], items.Select(i => i!["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task Sensitive_properties_never_appear_even_fully_expanded_or_asked_for_by_name()
    {
        foreach (var url in new[]
        {
            $"/item/{SahelReport}?expand=properties[$all[properties[$all]]]",
            $"/item/{SahelReport}?fields=properties[participantRoster,internalNotes]",
            $"/item/{SahelReport}?expand=all",
            $"?fetch=children:{Reports}&expand=properties[$all]",
            $"/item/{Person}",
        })
        {
            using var response = await _client.SendAsync(DeliveryHttp.Base + url, ("Preview", "true"), ("Api-Key", ApiKey));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("participantRoster", body, StringComparison.Ordinal);
            Assert.DoesNotContain("John Smith", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Ministry of Defence", body, StringComparison.Ordinal);
            Assert.DoesNotContain("internalNotes", body, StringComparison.Ordinal);
            Assert.DoesNotContain("not to be named", body, StringComparison.Ordinal);
            Assert.DoesNotContain("amina@example.org", body, StringComparison.Ordinal);
        }
    }
}
