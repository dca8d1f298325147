using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Database settings (section <c>Database</c>); the connection string is <c>ConnectionStrings:Cms</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default, embedded under Cms:DataDirectory) or <c>Postgres</c>.</summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations before the app takes traffic.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
