using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ICDiplomacy.Web.Search;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>GET /api/search over HTTP: the contract, bad input and the hostile queries of SECURITY-GUIDE §6 B.</summary>
public sealed class SearchApiTests(SearchSite site) : IClassFixture<SearchSite>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Client() => site.Cms.Factory.CreateClient();

    [Fact]
    public async Task Api_returns_total_hits_and_facets_as_json()
    {
        using var response = await Client().GetAsync(new Uri("/api/search?q=pilgrims", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("Kartārpur Corridor Dialogue", hit.GetProperty("title").GetString());
        Assert.Equal("meetingSummary", hit.GetProperty("type").GetString());
        Assert.Equal("2024-05-10", hit.GetProperty("date").GetString());
        Assert.Equal("Asia", hit.GetProperty("regions")[0].GetString());
        Assert.StartsWith("/reports-en/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>Pilgrims</mark>", hit.GetProperty("snippets")[0].GetString(), StringComparison.Ordinal);
        foreach (var facet in SearchFields.Facets)
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty("facets").GetProperty(facet).ValueKind);
        }

        var country = root.GetProperty("facets").GetProperty("country").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "IN");
        Assert.Equal(1, country.GetProperty("count").GetInt32());
        Assert.Equal("India", country.GetProperty("label").GetString());
    }

    [Fact]
    public async Task Api_facet_filters_combine()
    {
        var r = await Client().GetFromJsonAsync<SearchResponse>(new Uri($"/api/search?region=Asia&type=researchPaper&language=zh", UriKind.Relative), Json);
        Assert.NotNull(r);
        var hit = Assert.Single(r.Hits);
        Assert.Equal(site.Caucasus, hit.Key);
        Assert.Equal("zh", hit.Culture);
    }

    [Theory]
    [InlineData("q=*", "q")]
    [InlineData("q=?", "q")]
    [InlineData("q=(((", "q")]
    [InlineData("q=%22%22", "q")]
    [InlineData("region=%27%20OR%201%3D1--", "region")]
    [InlineData("region=..%2F..%2Fetc", "region")]
    [InlineData("region=Atlantis", "region")]
    [InlineData("subRegion=Narnia", "subRegion")]
    [InlineData("country=XX", "country")]
    [InlineData("country=GBR", "country")]
    [InlineData("conflict=kashmir", "conflict")]
    [InlineData("conflictRegion=sahel", "conflictRegion")]
    [InlineData("initiative=1", "initiative")]
    [InlineData("type=password", "type")]
    [InlineData("language=de", "language")]
    [InlineData("yearFrom=abc", "yearFrom")]
    [InlineData("yearFrom=2025&yearTo=2020", "yearTo")]
    [InlineData("yearTo=99999999999", "yearTo")]
    [InlineData("page=100000&pageSize=10", "page")]
    [InlineData("page=1&pageSize=10000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("sort=password", "sort")]
    [InlineData("sort=nodeName", "sort")]
    [InlineData("q=a&q=b", "q")]
    [InlineData("region=Asia,Africa,Europe,Oceania,Americas,Asia,Africa,Europe,Oceania,Americas,Asia", "region")]
    public async Task Api_bad_input_is_a_400_problem_naming_the_field(string query, string field)
    {
        using var response = await Client().GetAsync(new Uri("/api/search?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task Api_query_of_100_kilobytes_is_refused_quickly()
    {
        var q = new string('a', 100 * 1024);
        using var response = await Client().GetAsync(new Uri("/api/search?q=" + q, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"q\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_query_of_5000_or_terms_is_refused()
    {
        var q = string.Join(" OR ", Enumerable.Range(0, 5000).Select(i => "term" + i));
        using var content = new FormUrlEncodedContent([KeyValuePair.Create("q", q)]);
        var query = await content.ReadAsStringAsync();
        using var response = await Client().GetAsync(new Uri("/api/search?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Api_query_of_too_many_words_is_refused_even_when_short()
    {
        using var response = await Client().GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("a", 13))), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("*abc")]
    [InlineData("abc*")]
    [InlineData("/.*(a|aa)*.{1000}/")]
    [InlineData("abc~2 def~2 ghi~2")]
    [InlineData("[a TO z]")]
    [InlineData("\"unbalanced")]
    [InlineData("test AND")]
    [InlineData("corridor OR")]
    [InlineData("participants:smith")]
    [InlineData("status:draft")]
    [InlineData("_id:*")]
    [InlineData("__Published:n")]
    [InlineData("nodeName:*")]
    [InlineData("+pilgrims -visa")]
    [InlineData("pilgrims^100")]
    [InlineData("\\\\ \\\" \\u0000")]
    public async Task Api_query_syntax_is_taken_as_literal_words(string q)
    {
        using var response = await Client().GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(q), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await response.Content.ReadFromJsonAsync<SearchResponse>(Json);
        Assert.NotNull(r);
        // Nothing hidden comes back: only published reports and pages, never the draft.
        Assert.DoesNotContain(r.Hits, h => h.Key == site.Draft);
    }

    [Fact]
    public async Task Api_field_syntax_does_not_reach_other_fields()
    {
        var r = await Client().GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=" + Uri.EscapeDataString("nodeName:pilgrims"), UriKind.Relative), Json);
        Assert.NotNull(r);
        Assert.Equal(0, r.Total);
        r = await Client().GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=" + Uri.EscapeDataString("+pilgrims -visa"), UriKind.Relative), Json);
        Assert.NotNull(r);
        Assert.Equal([site.Kartarpur], r.Hits.Select(h => h.Key));
    }

    [Theory]
    [InlineData("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("region=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("q=" + "%3Cscript%3E" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Api_never_echoes_the_input(string query)
    {
        using var response = await Client().GetAsync(new Uri("/api/search?" + query, UriKind.Relative));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u003Cscript\\u003Ealert", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_rebuild_is_not_offered_outside_the_management_api()
    {
        using var response = await Client().PostAsync(new Uri("/api/search/rebuild", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
