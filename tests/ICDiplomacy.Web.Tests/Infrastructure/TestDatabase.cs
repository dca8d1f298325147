using ICDiplomacy.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ICDiplomacy.Web.Tests.Infrastructure;

/// <summary>
/// A throw-away database for one test host: an in-memory SQLite database kept alive by an open
/// connection, or a fresh PostgreSQL database created from the server named by
/// <see cref="PostgresVariable"/> and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Base connection string of a PostgreSQL server (no database), set by .ci/run.</summary>
    public const string PostgresVariable = "ICDIPLOMACY_TEST_POSTGRES";

    /// <summary>When set (CI does), a missing PostgreSQL or browser fails the test instead of skipping it.</summary>
    public const string RequireAllVariable = "ICDIPLOMACY_REQUIRE_ALL_TESTS";

    private readonly SqliteConnection? _keepAlive;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, SqliteConnection? keepAlive, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _keepAlive = keepAlive;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? CreatePostgresAsync() : Task.FromResult(CreateSqlite());

    public static TestDatabase CreateSqlite()
    {
        var cs = $"Data Source=file:icd-{Guid.NewGuid():N}?mode=memory&cache=shared;Foreign Keys=True;Default Timeout=30";
        var keepAlive = new SqliteConnection(cs);
        keepAlive.Open();
        return new TestDatabase(DatabaseProvider.Sqlite, cs, keepAlive, null, null);
    }

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = RequirePostgres();
        var name = $"icd_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, cs, null, admin, name);
    }

    /// <summary>The PostgreSQL base connection string, or a skip (a failure in CI) when none is configured.</summary>
    public static string RequirePostgres()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(admin))
        {
            return admin;
        }

        const string reason = $"PostgreSQL not configured: set {PostgresVariable} to a server connection string (.ci/run does).";
        if (Environment.GetEnvironmentVariable(RequireAllVariable) == "1")
        {
            throw new InvalidOperationException(reason);
        }

        throw new SkipException(reason);
    }

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
