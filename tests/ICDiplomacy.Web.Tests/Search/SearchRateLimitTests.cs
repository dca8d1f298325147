using System.Net;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>SECURITY-GUIDE §6 case 24: one client's burst of searches is cut off with 429 and Retry-After.</summary>
public sealed class SearchRateLimitTests
{
    [Fact]
    public async Task Burst_of_parallel_searches_from_one_client_gets_429_with_retry_after()
    {
        await using var cms = await SearchSite.StartAsync(new Dictionary<string, string?>
        {
            ["Search:RateLimitPermits"] = "10",
            ["Search:RateLimitWindow"] = "00:01:00",
            // Ten cold searches at once on a busy 2-core runner must not hit the time box instead.
            ["Search:TimeBudget"] = "00:00:30",
        });
        using var client = cms.Factory.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetAsync(new Uri("/api/search?q=ceasefire", UriKind.Relative))));
        try
        {
            Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            var rejected = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
            Assert.Equal(40, rejected.Count);
            Assert.All(rejected, r => Assert.True(r.Headers.RetryAfter?.Delta > TimeSpan.Zero));
            Assert.Equal("application/problem+json", rejected[0].Content.Headers.ContentType?.MediaType);

            // The page shares the same budget.
            using var page = await client.GetAsync(new Uri("/search?q=ceasefire", UriKind.Relative));
            Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        }
        finally
        {
            foreach (var r in responses)
            {
                r.Dispose();
            }
        }
    }
}
