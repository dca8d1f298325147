using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Data.Postgres;
using ICDiplomacy.Web.Data.Sqlite;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
}
