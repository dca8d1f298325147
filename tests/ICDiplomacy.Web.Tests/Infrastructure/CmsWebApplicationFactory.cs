using ICDiplomacy.Web.Data.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ICDiplomacy.Web.Tests.Infrastructure;

/// <summary>
/// The app in-process on a throw-away database (in-memory SQLite by default), a temp data directory
/// (search index, media), a <see cref="FakeTimeProvider"/> and no demo content unless asked for.
/// </summary>
public class CmsWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;

    public CmsWebApplicationFactory(TestDatabase? database = null, IDictionary<string, string?>? settings = null, bool ownsDatabase = true)
    {
        _database = database ?? TestDatabase.CreateSqlite();
        _ownsDatabase = ownsDatabase;
        DataDirectory = Path.Combine(Path.GetTempPath(), "icd-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider.ToString(),
            ["ConnectionStrings:Cms"] = _database.ConnectionString,
            ["Cms:DataDirectory"] = DataDirectory,
            ["Cms:SeedDemoContent"] = "false",
            ["Cms:NodeName"] = "test-node",
            // Many hosts share one test process: a process-wide collection chosen by one of them is noise.
            ["Memory:TrimWhenIdle"] = "false",
            // The 1 s production time box measures wall-clock time; parallel tests on two cores can exceed it.
            ["Search:TimeBudget"] = "00:00:30",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            _settings[k] = v;
        }
    }

    /// <summary>Starts at 2026-01-15 09:00 UTC; advance it to move scheduled work forward.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));

    public string DataDirectory { get; }

    public TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (k, v) in _settings)
        {
            builder.UseSetting(k, v);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // A pooled context's logger re-reads whether anyone listens to EF's events at most once a second; tests
            // that count commands from those events subscribe just before they act.
            services.ConfigureDbContext<SqliteCmsDbContext>(o => o.ConfigureLoggingCacheTime(TimeSpan.Zero));
        });
    }

    /// <summary>Runs <paramref name="work"/> with services from a fresh scope.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow runner; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }
}
