using System.Net;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>The /search page: a GET form without JavaScript, encoded output, facet links in the URL.</summary>
public sealed class SearchPageTests(SearchSite site) : IClassFixture<SearchSite>
{
    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await site.Cms.Factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_without_a_query_shows_a_labelled_get_form()
    {
        var (status, html) = await GetAsync("/search");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<form method=\"get\" action=\"/search\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"q\" name=\"q\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_shows_results_snippets_and_facet_links_that_keep_the_search()
    {
        var (status, html) = await GetAsync("/search?q=pilgrims");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("1 result", html, StringComparison.Ordinal);
        Assert.Contains("Kartārpur Corridor Dialogue", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<mark>Pilgrims</mark>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=pilgrims&amp;region=Asia\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=pilgrims&amp;yearFrom=2024&amp;yearTo=2024\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_marks_an_active_filter_and_links_to_remove_it()
    {
        var (status, html) = await GetAsync("/search?q=pilgrims&region=Asia");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<a href=\"/search?q=pilgrims\" aria-current=\"true\">Asia</a>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"region\" value=\"Asia\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_encodes_the_visitor_text_everywhere()
    {
        var (status, html) = await GetAsync("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_with_a_bad_filter_answers_400_with_the_message_and_no_echo()
    {
        var (status, html) = await GetAsync("/search?region=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("is not an M49 region", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Page_links_to_the_next_page()
    {
        var (_, html) = await GetAsync("/search?type=policyBrief&pageSize=1");
        Assert.Contains("href=\"/search?type=policyBrief&amp;pageSize=1&amp;page=2\" rel=\"next\"", html, StringComparison.Ordinal);
    }
}
