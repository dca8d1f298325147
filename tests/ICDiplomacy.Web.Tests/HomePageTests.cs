using System.Net;
using ICDiplomacy.Web.Tests.Infrastructure;

namespace ICDiplomacy.Web.Tests;

public class HomePageTests
{
    [Fact]
    public async Task Home_page_answers_with_links_to_search_and_the_delivery_api()
    {
        await using var factory = new CmsWebApplicationFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/search?sort=newest\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/umbraco/delivery/api/v2/content?take=10\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Citizen diplomacy across divides · ICDiplomacy</title>", html, StringComparison.Ordinal);
    }
}
