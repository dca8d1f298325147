using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ICDiplomacy.Web.RegionalBalance;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

public class CheckBalanceRateLimitTests
{
    [Fact]
    public async Task Check_beyond_the_permit_limit_returns_429_with_retry_after()
    {
        using var factory = new BalanceApiFactory().WithSettings(("RegionalBalance:RateLimitPermitLimit", "2"), ("RegionalBalance:RateLimitWindowSeconds", "120"));
        using var client = factory.CreateClient();
        var body = new { profile = "forum", participants = new[] { new { id = "1", country = "NG" } } };

        var first = await client.PostAsJsonAsync("/api/balance/check", body);
        var second = await client.PostAsJsonAsync("/api/balance/check", body);
        var third = await client.PostAsJsonAsync("/api/balance/check", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var retryAfter = Assert.Single(third.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 120);
        var problem = await third.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Session_balance_reads_share_the_check_budget_and_answer_429_beyond_it()
    {
        using var factory = new BalanceApiFactory().WithSettings(("RegionalBalance:RateLimitPermitLimit", "2"), ("RegionalBalance:RateLimitWindowSeconds", "120"));
        using var client = factory.CreateClient();
        var body = new { profile = "forum", participants = new[] { new { id = "1", country = "NG" } } };
        var missing = $"/api/forum/sessions/{Guid.NewGuid()}/balance";

        var check = await client.PostAsJsonAsync("/api/balance/check", body);
        var first = await client.GetAsync(missing);
        var second = await client.GetAsync($"/api/initiatives/{Guid.NewGuid()}/balance");

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Single(second.Headers.GetValues("Retry-After"));
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData(null, "unknown")]
    public void PartitionKey_groups_ipv6_clients_by_their_64_prefix(string? address, string expected) =>
        Assert.Equal(expected, BalanceCheckRateLimitPolicy.PartitionKey(address is null ? null : IPAddress.Parse(address)));
}
