using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Data.Postgres;
using ICDiplomacy.Web.Data.Sqlite;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ICDiplomacy.Web.Tests.Data;

public class MigrationTests
{
    [Fact]
    public void Sqlite_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = new SqliteCmsDbContext(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: dotnet ef migrations add <Name> --context SqliteCmsDbContext --output-dir Data/Sqlite/Migrations");
    }

    [Fact]
    public void Postgres_model_has_no_changes_missing_from_its_migrations()
    {
        using var db = new PostgresCmsDbContext(new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql("Host=localhost;Database=none").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a PostgreSQL migration: dotnet ef migrations add <Name> --context PostgresCmsDbContext --output-dir Data/Postgres/Migrations");
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            TestDatabase.RequirePostgres();
        }

        await using var cms = await CmsHarness.StartAsync(provider);
        var db = cms.Db;

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migration_state_read_without_the_history_model_agrees_with_ef(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            TestDatabase.RequirePostgres();
        }

        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Open(database);

        // A new database: no history table yet, everything pending.
        Assert.Empty(await DatabaseMigrator.AppliedMigrationsAsync(db, CancellationToken.None));
        Assert.Equal(await db.Database.GetPendingMigrationsAsync(), await DatabaseMigrator.PendingMigrationsAsync(db, CancellationToken.None));

        // Migrated: the same applied set as EF's history repository, nothing pending.
        await db.Database.MigrateAsync();
        Assert.Equal((await db.Database.GetAppliedMigrationsAsync()).Order(StringComparer.Ordinal), (await DatabaseMigrator.AppliedMigrationsAsync(db, CancellationToken.None)).Order(StringComparer.Ordinal));
        Assert.Empty(await DatabaseMigrator.PendingMigrationsAsync(db, CancellationToken.None));

        // One migration missing from the history: it, and only it, is pending again.
        var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        Assert.Equal([last], await DatabaseMigrator.PendingMigrationsAsync(db, CancellationToken.None));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Known_migrations_list_every_migration_ef_finds_in_order(DatabaseProvider provider)
    {
        using var db = provider == DatabaseProvider.Postgres
            ? (CmsDbContext)new PostgresCmsDbContext(new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql("Host=localhost;Database=none").Options)
            : new SqliteCmsDbContext(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite("Data Source=:memory:").Options);
        var ef = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Migrations.Keys.ToList();
        Assert.True(ef.SequenceEqual(KnownMigrations.For(provider)),
            $"Data/KnownMigrations.cs must list the {provider} migrations EF finds: " + string.Join(", ", ef));
    }

    private static CmsDbContext Open(TestDatabase database) => database.Provider == DatabaseProvider.Postgres
        ? new PostgresCmsDbContext(new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql(database.ConnectionString).Options)
        : new SqliteCmsDbContext(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite(database.ConnectionString).Options);
}
