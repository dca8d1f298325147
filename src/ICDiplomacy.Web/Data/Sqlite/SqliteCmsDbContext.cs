using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ICDiplomacy.Web.Data.Sqlite;

public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCmsDbContext>
{
    public SqliteCmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite("Data Source=design.db").Options);
}
