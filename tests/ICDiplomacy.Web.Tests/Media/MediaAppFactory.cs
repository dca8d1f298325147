using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Backoffice;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Media;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Media;

/// <summary>
/// The app with an administrator API client (uploads take its bearer token) and the Media Delivery API
/// switched on, output cache off (the cache tests turn it on); more settings can be layered on top.
/// </summary>
public class MediaAppFactory : CmsWebApplicationFactory
{
    private readonly Action<IServiceCollection>? _services;
    private Task<string>? _adminToken;

    public const string ClientId = "media-tests-admin";
    public const string ClientSecret = "media-tests-client-secret-0123456789";
    public const string DeliveryKey = "test-delivery-key-0123456789";
    public const string UploadPath = "/umbraco/management/api/v1/media";

    /// <summary>Stands for "the administrator's bearer token" in the upload helpers.</summary>
    public const string AdminToken = "<admin>";

    public MediaAppFactory()
        : this(null)
    {
    }

    protected MediaAppFactory(IDictionary<string, string?>? settings, Action<IServiceCollection>? services = null, TestDatabase? database = null)
        : base(database, Merge(settings)) => _services = services;

    public string MediaRoot => Path.Combine(DataDirectory, "media");

    public ImagePipeline Pipeline => Services.GetRequiredService<ImagePipeline>();

    public ImageUrlBuilder Urls => Services.GetRequiredService<ImageUrlBuilder>();

    /// <summary>A host with extra settings (and services), for tests that need their own configuration.</summary>
    public static MediaAppFactory With(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null, TestDatabase? database = null) =>
        new Custom(settings, services, database);

    public static Dictionary<string, string?> Merge(IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Cms:Unattended:ApiClientId"] = ClientId,
            ["Cms:Unattended:ApiClientSecret"] = ClientSecret,
            ["DeliveryApi:Enabled"] = "true",
            ["DeliveryApi:OutputCache:Enabled"] = "false",
            ["DeliveryApi:ApiKey"] = DeliveryKey,
            ["DeliveryApi:Media:Enabled"] = "true",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        return all;
    }

    public static MultipartFormDataContent Form(byte[] file, string fileName, IDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        foreach (var (k, v) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(v), k);
        }

        return form;
    }

    /// <summary>A client carrying the administrator's bearer token (one token per host: the token endpoint is rate-limited).</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await (_adminToken ??= TokenAsync(ClientId, ClientSecret)));
        return client;
    }

    /// <summary>A bearer token for an API client, from the client-credentials endpoint.</summary>
    public async Task<string> TokenAsync(string clientId, string secret)
    {
        using var response = await CreateClient().PostAsync("/umbraco/management/api/v1/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
    }

    /// <summary>Posts to the upload route with <paramref name="bearer"/> (<see cref="AdminToken"/>, another token, or null for none).</summary>
    public async Task<HttpResponseMessage> PostUploadAsync(HttpContent content, string? bearer = AdminToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, UploadPath) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer == AdminToken ? await (_adminToken ??= TokenAsync(ClientId, ClientSecret)) : bearer);
        }

        return await CreateClient().SendAsync(request);
    }

    public Task<HttpResponseMessage> UploadAsync(byte[] file, string fileName, IDictionary<string, string>? fields = null, string? bearer = AdminToken) =>
        PostUploadAsync(Form(file, fileName, fields), bearer);

    public async Task<MediaManagementResponse> UploadOkAsync(byte[] file, string fileName, IDictionary<string, string>? fields = null)
    {
        using var response = await UploadAsync(file, fileName, fields);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MediaManagementResponse>())!;
    }

    public async Task<byte[]> GetBytesAsync(string url)
    {
        using var response = await CreateClient().GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public Task<T> WithMediaServiceAsync<T>(Func<MediaService, Task<T>> work) =>
        WithScopeAsync(sp => work(sp.GetRequiredService<MediaService>()));

    public Task<int> MediaRowCountAsync() => WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Media.CountAsync());

    /// <summary>Stored files, leaving out the store's own temp folder.</summary>
    public int StoredFileCount() =>
        Directory.Exists(MediaRoot)
            ? Directory.EnumerateFiles(MediaRoot, "*", SearchOption.AllDirectories).Count(f => !f.Contains($"{Path.DirectorySeparatorChar}.tmp{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : 0;

    /// <summary>Every temp file the upload path may leave: upload buffers and the store's half-written files.</summary>
    public int TempFileCount()
    {
        var folders = new[] { Path.Combine(DataDirectory, "tmp"), Path.Combine(MediaRoot, ".tmp") };
        return folders.Where(Directory.Exists).Sum(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories).Count());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    private sealed class Custom(IDictionary<string, string?> settings, Action<IServiceCollection>? services, TestDatabase? database)
        : MediaAppFactory(settings, services, database);
}
