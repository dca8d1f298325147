using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.DemoContent;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Infrastructure;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>The app seeded once with the demo content, a preview key and a management API client.</summary>
public sealed class BalanceContentFixture : IAsyncLifetime
{
    public const string PreviewKey = "preview-key-for-balance-tests-0123456789";
    public const string ClientId = "umbraco-back-office-admin";
    public const string ClientSecret = "a-long-enough-client-secret-0123456789";

    private CmsHarness? _cms;

    public CmsHarness Cms => _cms ?? throw new InvalidOperationException("The fixture is not initialised.");

    public static Guid Demo(string contentType, string id) => DemoWriter.KeyFor(contentType, id);

    public static Dictionary<string, string?> Settings() => new()
    {
        ["DeliveryApi:ApiKey"] = PreviewKey,
        ["Cms:Unattended:ApiClientId"] = ClientId,
        ["Cms:Unattended:ApiClientSecret"] = ClientSecret,
    };

    public async Task InitializeAsync()
    {
        _cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite, Settings());
        await _cms.Get<IContentSeeder>().SeedAsync(CancellationToken.None);
    }

    public HttpClient Anonymous() => Cms.Factory.CreateClient();

    public HttpClient WithPreviewKey(string key = PreviewKey)
    {
        var client = Cms.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("Api-Key", key);
        return client;
    }

    public async Task<HttpClient> WithManagementTokenAsync()
    {
        var client = Cms.Factory.CreateClient();
        var response = await client.PostAsync("/umbraco/management/api/v1/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
        }));
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonObject>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!["access_token"]!.GetValue<string>());
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_cms is not null)
        {
            await _cms.DisposeAsync();
        }
    }
}
