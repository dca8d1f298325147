using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Backoffice;

/// <summary>An app with API clients in each user group, and bearer-token clients for them.</summary>
public static class ManagementClients
{
    public const string Api = "/umbraco/management/api/v1";
    public const string Secret = "a-long-enough-client-secret-0123456789";
    public const string Admin = "umbraco-back-office-admin";
    public const string Editor = "editor-client";
    public const string Writer = "writer-client";

    public static async Task<CmsWebApplicationFactory> StartAsync(TestDatabase? database = null)
    {
        var factory = new CmsWebApplicationFactory(database, new Dictionary<string, string?>
        {
            ["Cms:Unattended:ApiClientId"] = Admin,
            ["Cms:Unattended:ApiClientSecret"] = Secret,
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserService>();
        await users.CreateApiClientAsync(Editor, Secret, UserGroups.Editors, "test", CancellationToken.None);
        await users.CreateApiClientAsync(Writer, Secret, UserGroups.Writers, "test", CancellationToken.None);
        return factory;
    }

    public static async Task<HttpClient> ClientAsync(CmsWebApplicationFactory factory, string clientId = Admin)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync($"{Api}/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = Secret,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonObject>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!["access_token"]!.GetValue<string>());
        return client;
    }

    /// <summary>The field errors of an RFC 9457 validation problem, after checking it is one.</summary>
    public static async Task<JsonObject> ProblemErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["errors"]!.AsObject();
    }
}
