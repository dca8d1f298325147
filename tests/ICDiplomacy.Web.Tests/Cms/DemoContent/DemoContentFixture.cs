using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ICDiplomacy.Web.Tests.Cms.DemoContent;

/// <summary>A host with an in-memory SQLite database, migrated and seeded once with the demo content.</summary>
public sealed class DemoContentFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "icd-demo-" + Guid.NewGuid().ToString("N"));
    private readonly string _connectionString = $"Data Source=file:demo-{Guid.NewGuid():N}?mode=memory&cache=shared;Foreign Keys=True";
    private SqliteConnection? _keepAlive;
    private IHost? _host;

    /// <summary>Starts at the real time, so the scheduled report is due in the future as it would be in production.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        // The shared in-memory database lives as long as one connection to it stays open.
        _keepAlive = new SqliteConnection(_connectionString);
        await _keepAlive.OpenAsync();

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:DataDirectory"] = _dataDirectory,
            ["ConnectionStrings:Cms"] = _connectionString,
            ["Cms:SeedDemoContent"] = "false",
            ["Database:MigrateOnStartup"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddData();
        builder.AddCms();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        _host = builder.Build();

        await _host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await SeedAsync();
    }

    public async Task SeedAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IContentSeeder>())
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }

    /// <summary>Runs <paramref name="query"/> against a fresh context.</summary>
    public async Task<T> QueryAsync<T>(Func<CmsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
    }

    /// <summary>The live data of every published document of <paramref name="contentType"/>, by key.</summary>
    public Task<Dictionary<Guid, VersionData>> PublishedAsync(string contentType) => QueryAsync(async db =>
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.ContentType == contentType && d.PublishedVersion != null)
            .Select(d => new { d.Id, d.Key, Number = d.PublishedVersion!.Value })
            .ToListAsync();
        var ids = documents.Select(d => d.Id).ToList();
        var versions = await db.DocumentVersions.AsNoTracking()
            .Where(v => ids.Contains(v.DocumentId) && v.State == VersionState.Published)
            .Select(v => new { v.DocumentId, v.Number, v.Data })
            .ToListAsync();
        return documents.ToDictionary(
            d => d.Key,
            d => VersionData.Deserialize(versions.Single(v => v.DocumentId == d.Id && v.Number == d.Number).Data));
    });

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
