namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>Each route's JSON pinned against golden files (reference §1.5, §1.6).</summary>
public sealed class DeliveryContractTests(DeliverySiteFixture site) : IClassFixture<DeliverySiteFixture>
{
    private readonly HttpClient _client = site.Client;

    [Theory]
    [InlineData("item-by-id-report-en", "/item/1cd10000-0000-4000-8000-00000000000a", "en")]
    [InlineData("item-by-id-report-fr", "/item/1cd10000-0000-4000-8000-00000000000a", "fr")]
    [InlineData("item-by-path-report", "/item/reports/sahel-dialogue-summary/", "en-US")]
    [InlineData("item-by-path-root", "/item/", "en")]
    [InlineData("item-by-id-conflict", "/item/1cd10000-0000-4000-8000-000000000008", "en")]
    [InlineData("item-expanded-all", "/item/1cd10000-0000-4000-8000-00000000000a?expand=properties[$all]", "en")]
    [InlineData("item-expanded-nested-fields", "/item/1cd10000-0000-4000-8000-00000000000a?expand=properties[authors,conflicts[properties[$all]]]&fields=properties[authors,conflicts[properties[status,locationCountries]],summary]", "en")]
    [InlineData("query-children-of-reports", "?fetch=children:1cd10000-0000-4000-8000-000000000002&sort=name:asc&fields=properties[reportType,publicationDate]", "en")]
    [InlineData("query-filter-region", "?filter=region:Africa&filter=contentType:report&sort=createDate:desc&fields=properties[countries]", "en")]
    [InlineData("items-by-ids", "/items?id=1cd10000-0000-4000-8000-00000000000b&id=1cd10000-0000-4000-8000-000000000004&id=1cd10000-0000-4000-8000-00000000000d", "en")]
    public async Task Route_response_matches_golden_file(string golden, string url, string culture)
    {
        using var response = await _client.SendAsync(DeliveryHttp.Base + url, ("Accept-Language", culture));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        DeliveryHttp.AssertGolden(golden, body);
    }
}
