using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ICDiplomacy.Web.Data;

/// <summary>Applies migrations and the SQLite settings that must persist in the file (WAL).</summary>
/// <remarks>
/// Which migrations are applied is read with one plain statement against EF's history table rather than
/// <c>GetPendingMigrationsAsync</c>: EF's history repository builds a model of that table through the whole
/// convention pipeline, which costs the resident process some thousands of loaded types for a question asked at
/// every start and on every readiness probe; and EF finds migrations by loading every type in the assembly, so the
/// known set comes from <see cref="KnownMigrations"/>. EF's migrator still applies pending migrations.
/// </remarks>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger)
{
    /// <summary>EF Core's default history table; this app does not rename it.</summary>
    internal const string HistoryTable = HistoryRepository.DefaultTableName;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var pending = await PendingMigrationsAsync(db, cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (DataModule.ProviderOf(db) == DatabaseProvider.Sqlite)
        {
            // WAL persists in the file; in-memory databases answer "memory" and that is fine.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        try
        {
            return (await PendingMigrationsAsync(db, cancellationToken)).Count == 0;
        }
        catch (DbException ex)
        {
            logger.LogWarning(ex, "Database readiness check failed");
            return false;
        }
    }

    /// <summary>The migrations this build knows that the database has not applied, oldest first.</summary>
    internal static async Task<IReadOnlyList<string>> PendingMigrationsAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var known = KnownMigrations.For(DataModule.ProviderOf(db));
        var applied = await AppliedMigrationsAsync(db, cancellationToken);
        return known.Where(id => !applied.Contains(id)).ToList();
    }

    /// <summary>The ids in the history table; empty when the table does not exist yet (a new database).</summary>
    internal static async Task<HashSet<string>> AppliedMigrationsAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        var postgres = DataModule.ProviderOf(db) == DatabaseProvider.Postgres;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using (var exists = connection.CreateCommand())
            {
                // to_regclass follows search_path, as EF's own history repository does.
                exists.CommandText = postgres
                    ? $"SELECT to_regclass('\"{HistoryTable}\"') IS NOT NULL"
                    : $"SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'";
                if (!Convert.ToBoolean(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture))
                {
                    return applied;
                }
            }

            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryTable}\"";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
