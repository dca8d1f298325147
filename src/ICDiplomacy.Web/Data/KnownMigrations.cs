using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using PostgresMigrations = ICDiplomacy.Web.Data.Postgres.Migrations;
using SqliteMigrations = ICDiplomacy.Web.Data.Sqlite.Migrations;

namespace ICDiplomacy.Web.Data;

/// <summary>
/// Each provider's migration set, listed here so the start-up and readiness checks need not ask EF: EF finds
/// migrations by loading every type in the assembly, which keeps thousands of type descriptions resident for the
/// life of the process. A test compares these lists with EF's, so a migration added without a line here fails it.
/// </summary>
internal static class KnownMigrations
{
    private static readonly string[] Sqlite = Ids(
        typeof(SqliteMigrations.Initial),
        typeof(SqliteMigrations.AddMedia),
        typeof(SqliteMigrations.AddWebhooks),
        typeof(SqliteMigrations.AddMembersAndPublicAccess));

    private static readonly string[] Postgres = Ids(
        typeof(PostgresMigrations.Initial),
        typeof(PostgresMigrations.AddMedia),
        typeof(PostgresMigrations.AddWebhooks),
        typeof(PostgresMigrations.AddMembersAndPublicAccess));

    /// <summary>Migration ids in the order EF applies them (ordinal order of the id).</summary>
    public static IReadOnlyList<string> For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    private static string[] Ids(params Type[] migrations) => migrations
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id ?? throw new InvalidOperationException($"{t} has no [Migration] attribute."))
        .Order(StringComparer.Ordinal)
        .ToArray();
}
