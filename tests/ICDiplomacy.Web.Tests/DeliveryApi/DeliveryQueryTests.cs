using System.Net;
using System.Text.Json.Nodes;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The query endpoint: selectors, filters (Umbraco's and ours), sorts, paging and their 400s (reference §1.4).</summary>
public sealed class DeliveryQueryTests(DeliverySiteFixture site) : IClassFixture<DeliverySiteFixture>
{
    private readonly HttpClient _client = site.Client;

    public static TheoryData<string, string, string> BadQueries => new()
    {
        { "fetch=invalid", "Selector option not found", "'fetch'" },
        { "fetch=siblings:x", "Selector option not found", "'fetch'" },
        { "filter=foo:bar", "Filter option not found", "'filter'" },
        { "filter=createDate2024-01-01", "Filter option not found", "'filter'" },
        { "sort=foo:asc", "Sort option not found", "'sort'" },
        { "sort=name", "Sort option not found", "'sort'" },
        { "filter=country:XX", "Invalid filter value", "ISO 3166-1" },
        { "filter=region:Narnia", "Invalid filter value", "M49" },
        { "filter=conflict:not-a-guid", "Invalid filter value", "GUID" },
        { "filter=reportType:novel", "Invalid filter value", "policyBrief" },
        { "filter=year:24", "Invalid filter value", "four-digit" },
        { "filter=language:de", "Invalid filter value", "languages" },
        { "filter=createDate>yesterday", "Invalid filter value", "ISO 8601" },
        { "take=101", "Invalid paging", "100" },
        { string.Concat(Enumerable.Repeat("filter=contentType:report&", 21)), "Too many query options", "20" },
        { "skip=-1", "Invalid paging", "skip" },
        { "expand=properties[a", "Invalid expand value", "expand" },
        { "fields=props[a]", "Invalid fields value", "fields" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Query_with_a_bad_option_answers_400_problem_details(string query, string title, string detailContains)
    {
        using var response = await _client.SendAsync(DeliveryHttp.Base + "?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Contains(detailContains, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> Queries => new()
    {
        { $"fetch=children:{Reports}&sort=name:asc", ["Caucasus policy brief", "Proposal to governments", "Sahel dialogue summary"] },
        { "fetch=children:/reports/&sort=name:asc", ["Caucasus policy brief", "Proposal to governments", "Sahel dialogue summary"] },
        { "fetch=children:reports&sort=name:ASC", ["Sahel dialogue summary", "Proposal to governments", "Caucasus policy brief"] },
        { $"fetch=children:{Guid.NewGuid()}", [] },
        { "fetch=children:/nowhere/", [] },
        { "fetch=children:", [] },
        { $"fetch=ancestors:{SahelReport}&sort=level:asc", ["Home", "Reports"] },
        { $"fetch=ancestors:{DraftReport}", [] },
        { $"fetch=descendants:{Conflicts}&sort=sortOrder:desc", ["Sahel", "Conflict in Mali"] },
        { $"fetch=descendants:{Home}&filter=contentType:report&sort=createDate:desc", ["Proposal to governments", "Caucasus policy brief", "Sahel dialogue summary"] },
        { "filter=contentType:!report,home,reportsListing,peopleListing,initiativesListing,conflictsListing&sort=name:asc", ["Amina Diallo", "Conflict in Mali", "Sahel"] },
        { "filter=contentType:report&filter=name:sahel,caucasus&sort=name:asc", ["Caucasus policy brief", "Sahel dialogue summary"] },
        { "filter=contentType:report&filter=name:!sahel&sort=name:asc", ["Caucasus policy brief", "Proposal to governments"] },
        { "filter=country:ml&sort=name:asc", ["Amina Diallo", "Conflict in Mali", "Sahel", "Sahel dialogue summary"] },
        { "filter=country:NG", [] },
        { "filter=region:Africa&filter=contentType:report", ["Sahel dialogue summary"] },
        { "filter=region:002&filter=contentType:report", ["Sahel dialogue summary"] },
        { "filter=region:Western Asia&sort=name:asc", ["Caucasus policy brief"] },
        { "filter=region:Asia,Africa&filter=contentType:report&sort=name:asc", ["Caucasus policy brief", "Sahel dialogue summary"] },
        { $"filter=conflictRegion:{Sahel}&filter=contentType:report", ["Sahel dialogue summary"] },
        { $"filter=conflictRegion:{Sahel}&filter=contentType:person", ["Amina Diallo"] },
        { $"filter=conflict:{Conflict}", ["Sahel dialogue summary"] },
        { $"filter=initiative:{DraftInitiative}", ["Sahel dialogue summary"] },
        { "filter=reportType:policyBrief,proposalToGovernments&sort=name:asc", ["Caucasus policy brief", "Proposal to governments"] },
        { "filter=year:2024", ["Sahel dialogue summary"] },
        { "filter=year:2023,2025&sort=name:asc", ["Caucasus policy brief", "Proposal to governments"] },
        { "filter=language:fr&filter=contentType:report", ["Sahel dialogue summary"] },
        { "filter=contentType:report&filter=createDate>:2026-01-15T09:20:00&sort=createDate:asc", ["Caucasus policy brief", "Proposal to governments"] },
        { "filter=contentType:report&filter=createDate<2026-01-15T09:20:00", ["Sahel dialogue summary"] },
        { "filter=contentType:report&filter=createDate:2026-01-15&sort=updateDate:asc", ["Sahel dialogue summary", "Caucasus policy brief", "Proposal to governments"] },
        { "filter=contentType:report&filter=createDate:!2026-01-15", [] },
        { "filter=contentType:report&filter=updateDate>2026-01-15T09:25:00", ["Proposal to governments"] },
        { $"fetch=descendants:{Home}&filter=contentType:conflict,conflictRegion,conflictsListing&sort=path:asc", ["Conflicts", "Conflict in Mali", "Sahel"] },
        { $"fetch=descendants:{Home}&filter=contentType:conflict,conflictRegion,conflictsListing&sort=path:desc", ["Sahel", "Conflict in Mali", "Conflicts"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_returns_the_visible_matches_in_order(string query, string[] names)
    {
        var page = await _client.JsonAsync(DeliveryHttp.Base + "?" + query + "&take=100");
        Assert.Equal(names, ((JsonArray)page["items"]!).Select(i => i!["name"]!.GetValue<string>()));
        Assert.Equal(names.Length, page["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Query_without_fetch_under_a_start_item_lists_its_descendants_only()
    {
        var page = await _client.JsonAsync(DeliveryHttp.Base + "?take=100", ("Start-Item", "home"));
        var ids = ((JsonArray)page["items"]!).Select(i => i!["id"]!.GetValue<Guid>()).ToList();
        Assert.DoesNotContain(Home, ids);
        Assert.Contains(SahelReport, ids);
        Assert.Equal(10, page["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData(0, 2, 3, 2)]
    [InlineData(2, 2, 3, 1)]
    [InlineData(5, 2, 3, 0)]
    [InlineData(0, 0, 3, 0)]
    [InlineData(0, 10, 3, 3)]
    public async Task Query_pages_with_skip_and_take_and_counts_every_match(int skip, int take, long total, int count)
    {
        var page = await _client.JsonAsync(DeliveryHttp.Base + $"?fetch=children:{Reports}&sort=name:asc&skip={skip}&take={take}");
        Assert.Equal(total, page["total"]!.GetValue<long>());
        Assert.Equal(count, ((JsonArray)page["items"]!).Count);
    }

    [Fact]
    public async Task Query_in_preview_includes_drafts_but_not_trashed_items()
    {
        var page = await _client.JsonAsync(DeliveryHttp.Base + $"?fetch=children:{Reports}&sort=name:asc", ("Preview", "true"), ("Api-Key", ApiKey));
        Assert.Equal(["Caucasus policy brief", "Draft report", "Proposal to governments", "Sahel dialogue summary"], ((JsonArray)page["items"]!).Select(i => i!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Query_in_another_culture_uses_its_names_and_routes()
    {
        var page = await _client.JsonAsync(DeliveryHttp.Base + $"?fetch=children:{Reports}&sort=name:asc", ("Accept-Language", "fr"));
        var item = Assert.Single((JsonArray)page["items"]!)!;
        Assert.Equal("Résumé du dialogue sahélien", item["name"]!.GetValue<string>());
        Assert.Equal("/rapports/resume-du-dialogue-sahelien/", item["route"]!["path"]!.GetValue<string>());
    }
}
