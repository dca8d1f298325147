using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Backoffice;

public class ManagementApiTests
{
    private const string Api = "/umbraco/management/api/v1";
    private const string Secret = "a-long-enough-client-secret-0123456789";

    private static CmsWebApplicationFactory NewFactory() => new(settings: new Dictionary<string, string?>
    {
        ["Cms:Unattended:ApiClientId"] = "umbraco-back-office-admin",
        ["Cms:Unattended:ApiClientSecret"] = Secret,
    });

    private static async Task<HttpClient> ClientAsync(CmsWebApplicationFactory factory, string clientId = "umbraco-back-office-admin", string secret = Secret)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync($"{Api}/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Bearer", token!["token_type"]!.GetValue<string>());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
        return client;
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string type, Guid? parent, object variants, object? values = null)
    {
        var response = await client.PostAsJsonAsync($"{Api}/document", new { documentType = new { alias = type }, parent = parent is null ? null : new { id = parent }, variants, values });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task Token_endpoint_refuses_bad_credentials_and_grant_types()
    {
        await using var factory = NewFactory();
        var client = factory.CreateClient();

        var wrongSecret = await client.PostAsync($"{Api}/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "umbraco-back-office-admin", ["client_secret"] = "nope",
        }));
        var wrongGrant = await client.PostAsync($"{Api}/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "umbraco-back-office-admin", ["client_secret"] = Secret,
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongGrant.StatusCode);
        Assert.Equal("application/problem+json", wrongGrant.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Document_endpoints_need_a_token()
    {
        await using var factory = NewFactory();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{Api}/document/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync($"{Api}/document", new { })).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{Api}/document/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Create_save_publish_round_trip_with_field_errors_and_conflicts_as_problem_details()
    {
        await using var factory = NewFactory();
        var client = await ClientAsync(factory);
        var home = await CreateAsync(client, "home", null, new[] { new { culture = "en", name = "Home" } }, new[] { new { alias = "heroTitle", culture = "en", value = "Welcome" } });
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"{Api}/document/{home}/publish", new { cultures = new[] { "en" } })).StatusCode);

        var invalid = await client.PutAsJsonAsync($"{Api}/document/{home}", new
        {
            version = 2,
            variants = new[] { new { culture = "en", name = "Home" }, new { culture = "xx", name = "Nowhere" } },
            values = new object[] { new { alias = "heroTitle", culture = "en", value = new string('x', 600) } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonObject>();
        var errors = problem!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("heroTitle.en"), problem.ToJsonString());
        Assert.True(errors.ContainsKey("name.xx"), problem.ToJsonString());

        var saved = await client.PutAsJsonAsync($"{Api}/document/{home}", new
        {
            version = 2,
            variants = new[] { new { culture = "en", name = "Home page" } },
            values = new[] { new { alias = "heroTitle", culture = "en", value = "Dialogue across divides" } },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var stale = await client.PutAsJsonAsync($"{Api}/document/{home}", new { version = 2, variants = new[] { new { culture = "en", name = "Lost edit" } } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(3, (await stale.Content.ReadFromJsonAsync<JsonObject>())!["currentVersion"]!.GetValue<int>());

        var document = await client.GetFromJsonAsync<JsonObject>($"{Api}/document/{home}");
        Assert.Equal("Home page", document!["variants"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("/", document["urls"]!["en"]!.GetValue<string>());
        var versions = await client.GetFromJsonAsync<JsonArray>($"{Api}/document/{home}/versions");
        Assert.Equal(3, versions!.Count);
    }

    [Fact]
    public async Task Writers_may_save_but_not_publish_trash_or_delete()
    {
        await using var factory = NewFactory();
        _ = factory.Services;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserService>().CreateApiClientAsync("writer-client", Secret, UserGroups.Writers, "test", CancellationToken.None);
        }

        var admin = await ClientAsync(factory);
        var writer = await ClientAsync(factory, "writer-client");
        var home = await CreateAsync(writer, "home", null, new[] { new { culture = "en", name = "Home" } });

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PutAsJsonAsync($"{Api}/document/{home}/publish", new { cultures = (string[]?)null })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PutAsync($"{Api}/document/{home}/move-to-recycle-bin", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.DeleteAsync($"{Api}/recycle-bin/document/{home}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync($"{Api}/document/{home}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"{Api}/document/{home}/publish", new { cultures = (string[]?)null })).StatusCode);
    }

    [Fact]
    public async Task Trash_restore_and_delete_through_the_recycle_bin_routes()
    {
        await using var factory = NewFactory();
        var client = await ClientAsync(factory);
        var home = await CreateAsync(client, "home", null, new[] { new { culture = "en", name = "Home" } }, new[] { new { alias = "heroTitle", culture = "en", value = "Hi" } });
        var page = await CreateAsync(client, "page", home, new[] { new { culture = "en", name = "About" } });

        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"{Api}/recycle-bin/document/{page}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"{Api}/document/{page}/move-to-recycle-bin", null)).StatusCode);
        Assert.True((await client.GetFromJsonAsync<JsonObject>($"{Api}/document/{page}"))!["isTrashed"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"{Api}/recycle-bin/document/{page}/restore", new { target = (object?)null })).StatusCode);
        Assert.False((await client.GetFromJsonAsync<JsonObject>($"{Api}/document/{page}"))!["isTrashed"]!.GetValue<bool>());
        await client.PutAsync($"{Api}/document/{page}/move-to-recycle-bin", null);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Api}/recycle-bin/document/{page}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/document/{page}")).StatusCode);
        var audit = await client.GetFromJsonAsync<JsonArray>($"{Api}/audit-log?entityKey={page}");
        Assert.Contains(audit!, a => a!["action"]!.GetValue<string>() == "delete" && a["actor"]!.GetValue<string>() == "umbraco-back-office-admin");
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_response_not_a_server_error()
    {
        await using var factory = NewFactory();
        var client = await ClientAsync(factory);

        var response = await client.PostAsync($"{Api}/document", new StringContent("{ \"documentType\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_endpoint_is_rate_limited_per_client_address()
    {
        await using var factory = NewFactory();
        var client = factory.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 12; i++)
        {
            last = await client.PostAsync($"{Api}/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.Contains("Retry-After"));
    }

}
