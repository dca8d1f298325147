using System.ComponentModel.DataAnnotations;
using ICDiplomacy.Web.DeliveryApi.Members;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

public class MemberAuthorizationOptionsTests
{
    private static List<string> Problems(MemberAuthorizationOptions options) =>
        options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage ?? "").ToList();

    [Fact]
    public void Defaults_are_off_and_valid()
    {
        var options = new MemberAuthorizationOptions();
        Assert.False(options.AuthorizationCodeFlow.Enabled);
        Assert.Empty(Problems(options));
    }

    [Theory]
    [InlineData("https://app.example/*")]
    [InlineData("/callback")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://app.example/callback#x")]
    public void Redirect_urls_must_be_absolute_http_urls_without_wildcards_or_fragments(string url)
    {
        var options = new MemberAuthorizationOptions { AuthorizationCodeFlow = new() { Enabled = true, LoginRedirectUrls = [url] } };
        Assert.Contains(Problems(options), p => p.Contains("LoginRedirectUrls", StringComparison.Ordinal) || p.Contains(url, StringComparison.Ordinal));
    }

    [Fact]
    public void Enabled_flow_needs_a_login_redirect_url_and_a_bounded_token_lifetime()
    {
        var options = new MemberAuthorizationOptions { AuthorizationCodeFlow = new() { Enabled = true }, AccessTokenLifetime = TimeSpan.FromDays(2) };
        var problems = Problems(options);
        Assert.Contains(problems, p => p.Contains("LoginRedirectUrls", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("AccessTokenLifetime", StringComparison.Ordinal));
    }
}
