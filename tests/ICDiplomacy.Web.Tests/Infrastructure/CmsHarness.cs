using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Infrastructure;

/// <summary>A started app on a throw-away database, with a fresh scope for every service it hands out.</summary>
public sealed class CmsHarness : IAsyncDisposable
{
    private readonly List<AsyncServiceScope> _scopes = [];

    private CmsHarness(CmsWebApplicationFactory factory) => Factory = factory;

    public CmsWebApplicationFactory Factory { get; }

    public static async Task<CmsHarness> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new ConfigurableFactory(database, settings, services);
        _ = factory.Services; // starts the host: migrations, install
        return new CmsHarness(factory);
    }

    /// <summary>A content service on its own scope (and so its own DbContext).</summary>
    public ContentService Content => Get<ContentService>();

    /// <summary>A DbContext on its own scope, for assertions.</summary>
    public CmsDbContext Db => Get<CmsDbContext>();

    public T Get<T>() where T : notnull
    {
        var scope = Factory.Services.CreateAsyncScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public async Task<(Document Document, VersionData Data)> LoadAsync(Guid key, bool published = false)
    {
        var db = Db;
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Key == key);
        var number = published ? document.PublishedVersion ?? throw new InvalidOperationException("Not published.") : document.LatestVersion;
        var json = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == document.Id && v.Number == number).Select(v => v.Data).SingleAsync();
        return (document, VersionData.Deserialize(json));
    }

    public async Task<Dictionary<string, string>> RoutesAsync(Guid key)
    {
        var db = Db;
        var id = await db.Documents.Where(d => d.Key == key).Select(d => d.Id).SingleAsync();
        return await db.DocumentUrls.Where(u => u.DocumentId == id).ToDictionaryAsync(u => u.Culture, u => u.Route);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        await Factory.DisposeAsync();
    }

    private sealed class ConfigurableFactory(TestDatabase database, IDictionary<string, string?>? settings, Action<IServiceCollection>? services)
        : CmsWebApplicationFactory(database, settings)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (services is not null)
            {
                builder.ConfigureServices(services);
            }
        }
    }
}
