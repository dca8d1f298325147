using System.Net;
using System.Text.RegularExpressions;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Cms.Users;

public partial class InstallPageTests
{
    [Fact]
    public async Task Setup_page_needs_the_console_token_then_creates_the_administrator_and_closes()
    {
        await using var factory = new CmsWebApplicationFactory();
        var client = factory.CreateClient();
        var token = factory.Services.GetRequiredService<SetupState>().Begin();

        var form = await client.GetStringAsync("/umbraco/install");
        Assert.Contains("Setup token", form, StringComparison.Ordinal);

        var wrong = await PostAsync(client, form, "not-the-token", "admin", "admin@icdiplomacy.test", "a sufficiently long password");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("The setup token is not correct", wrongHtml, StringComparison.Ordinal);
        Assert.Equal(0, await Db(factory).Users.CountAsync());

        var shortPassword = await PostAsync(client, wrongHtml, token, "admin", "admin@icdiplomacy.test", "short");
        Assert.Contains("at least 12 characters", await shortPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await PostAsync(client, form, token, "admin", "admin@icdiplomacy.test", "a sufficiently long password");
        Assert.Contains("was created", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Db(factory).Users.CountAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/umbraco/install")).StatusCode);
    }

    [Fact]
    public async Task Setup_post_without_antiforgery_token_is_rejected()
    {
        await using var factory = new CmsWebApplicationFactory();
        var client = factory.CreateClient();
        var token = factory.Services.GetRequiredService<SetupState>().Begin();

        var response = await client.PostAsync("/umbraco/install", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.SetupToken"] = token,
            ["Input.UserName"] = "admin",
            ["Input.Email"] = "admin@icdiplomacy.test",
            ["Input.Password"] = "a sufficiently long password",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Db(factory).Users.CountAsync());
    }

    private static ICDiplomacy.Web.Data.CmsDbContext Db(CmsWebApplicationFactory factory) =>
        factory.Services.CreateScope().ServiceProvider.GetRequiredService<ICDiplomacy.Web.Data.CmsDbContext>();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string formHtml, string token, string user, string email, string password)
    {
        var antiforgery = AntiforgeryField().Match(formHtml).Groups[1].Value;
        return client.PostAsync("/umbraco/install", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
            ["Input.SetupToken"] = token,
            ["Input.UserName"] = user,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
