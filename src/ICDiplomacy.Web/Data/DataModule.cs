using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Data.Postgres;
using ICDiplomacy.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Data;

/// <summary>The only place that knows which database provider is in use.</summary>
public static class DataModule
{
    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var provider = builder.Configuration.GetSection(DatabaseOptions.SectionName).GetValue("Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Cms");

        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Cms is empty.");
            }

            builder.Services.AddDbContext<CmsDbContext, PostgresCmsDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            // Pooled: setting up a new context's services for every request was ~8 % of a Delivery API list page
            // (uncached item 2 300 -> 3 900 req/s with pooling). Contexts hold no state of ours; EF resets tracking and
            // connection settings when one returns to the pool. At most 64 idle contexts are kept (EF's default keeps
            // up to 1 024 after a burst, which idle memory would carry).
            builder.Services.AddDbContextPool<CmsDbContext, SqliteCmsDbContext>(
                (sp, o) => o.UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite(sp) : connectionString),
                poolSize: 64);
            builder.Services.AddSingleton<Common.IIdleRelease>(new SqliteIdleRelease(connectionString));
        }

        builder.Services.AddSingleton<DatabaseMigrator>();
        builder.Services.AddExceptionHandler<DatabaseBusyExceptionHandler>();
        return builder;
    }

    private static string DefaultSqlite(IServiceProvider sp)
    {
        var dataDirectory = sp.GetRequiredService<CmsPaths>().DataDirectory;
        Directory.CreateDirectory(dataDirectory);
        // Default Timeout doubles as the busy timeout: Microsoft.Data.Sqlite retries while locked.
        return $"Data Source={Path.Combine(dataDirectory, "icdiplomacy.db")};Foreign Keys=True;Default Timeout=30;Pooling=True";
    }

    /// <summary>
    /// Each pooled SQLite connection keeps its own page cache (up to 2 MB). When the node is idle the pool is closed;
    /// the next request opens a connection again (well under a millisecond). An in-memory database lives only as
    /// long as a connection to it, so its pool is left alone.
    /// </summary>
    private sealed class SqliteIdleRelease(string? connectionString) : Common.IIdleRelease
    {
        private readonly bool _inMemory = connectionString is not null
            && (connectionString.Contains(":memory:", StringComparison.OrdinalIgnoreCase) || connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase));

        public void Release()
        {
            if (!_inMemory)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }
        }
    }

    internal static DatabaseProvider ProviderOf(CmsDbContext db) => db is PostgresCmsDbContext ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
}
