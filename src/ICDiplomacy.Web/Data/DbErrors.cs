using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ICDiplomacy.Web.Data;

/// <summary>Provider-specific error codes, kept here so features never name a provider.</summary>
public static class DbErrors
{
    private const int SqliteConstraint = 19;

    /// <summary>True for an optimistic-concurrency miss or a unique-key violation: another writer got there first.</summary>
    public static bool IsWriteConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: 2067 or 1555 }
        || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
