using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Data.Postgres;
using ICDiplomacy.Web.Data.Postgres.CompiledModel;
using ICDiplomacy.Web.Data.Sqlite;
using ICDiplomacy.Web.Data.Sqlite.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ICDiplomacy.Web.Tests.Data;

/// <summary>
/// The app runs on compiled EF models (Data/*/CompiledModel) so start-up does not build the model through EF's
/// conventions. A compiled model that lags behind the entity configuration would be used silently, so these tests
/// compare it with the model the configuration builds.
/// </summary>
public class CompiledModelTests
{
    private static string Regenerate(string context, string folder) =>
        $"The compiled model is out of date. Regenerate it: dotnet ef dbcontext optimize -p src/ICDiplomacy.Web -s src/ICDiplomacy.Web -c {context} -o Data/{folder}/CompiledModel -n ICDiplomacy.Web.Data.{folder}.CompiledModel";

    [Fact]
    public void Sqlite_context_uses_the_compiled_model_and_it_matches_the_configuration()
    {
        using var db = new SqliteCmsDbContext(new DbContextOptionsBuilder<SqliteCmsDbContext>().UseSqlite("Data Source=:memory:").Options);
        AssertCompiledModelMatches(db, typeof(SqliteCmsDbContextModel), Regenerate(nameof(SqliteCmsDbContext), "Sqlite"));
    }

    [Fact]
    public void Postgres_context_uses_the_compiled_model_and_it_matches_the_configuration()
    {
        using var db = new PostgresCmsDbContext(new DbContextOptionsBuilder<PostgresCmsDbContext>().UseNpgsql("Host=localhost;Database=none").Options);
        AssertCompiledModelMatches(db, typeof(PostgresCmsDbContextModel), Regenerate(nameof(PostgresCmsDbContext), "Postgres"));
    }

    private static void AssertCompiledModelMatches(CmsDbContext db, Type compiledModelType, string message)
    {
        var runtime = db.Model;
        Assert.IsAssignableFrom(compiledModelType, runtime);

        var configured = db.GetService<IDesignTimeModel>().Model;
        Assert.IsNotType(compiledModelType, configured);

        // The differ cannot read a read-optimized model, so both are compared through what the runtime keeps:
        // tables, columns and their store types, keys, indexes, foreign keys, converters, navigations, query filters.
        var expected = Shape(configured);
        var actual = Shape(runtime);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            message + Environment.NewLine + string.Join(Environment.NewLine, missing.Select(m => "configured only: " + m).Concat(extra.Select(x => "compiled only: " + x))));
    }

    private static List<string> Shape(IModel model) => model.GetEntityTypes()
        .OrderBy(e => e.Name, StringComparer.Ordinal)
        .SelectMany(e => new[] { $"{e.Name} table={e.GetTableName()} filters={e.GetDeclaredQueryFilters().Count}" }
            .Concat(e.GetProperties().Select(p =>
                $"{e.Name}.{p.Name}: {p.ClrType.Name} column={p.GetColumnName()} store={p.GetRelationalTypeMapping().StoreType} max={p.GetMaxLength()} null={p.IsNullable} "
                + $"conv={p.GetTypeMapping().Converter?.GetType().Name} concurrency={p.IsConcurrencyToken} gen={p.ValueGenerated}"))
            .Concat(e.GetKeys().Select(k => $"{e.Name} key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"))
            .Concat(e.GetIndexes().Select(i => $"{e.Name} index {i.GetDatabaseName()} ({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique} filter={i.GetFilter()}"))
            .Concat(e.GetForeignKeys().Select(f => $"{e.Name} fk ({string.Join(",", f.Properties.Select(p => p.Name))}) -> {f.PrincipalEntityType.Name} delete={f.DeleteBehavior} required={f.IsRequired}"))
            .Concat(e.GetNavigations().Select(n => $"{e.Name}.{n.Name} -> {n.TargetEntityType.Name} many={n.IsCollection}")))
        .ToList();
}
