using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ICDiplomacy.Web.Data;

/// <summary>
/// A database that stays locked or overloaded past the busy timeout answers 503 with Retry-After: the
/// transaction was rolled back, so nothing is half-written and the client may simply try again.
/// </summary>
internal sealed class DatabaseBusyExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseBusyExceptionHandler> logger) : IExceptionHandler
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsBusy(exception))
        {
            return false;
        }

        logger.LogWarning(exception, "Database busy; answered 503");
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = 503, Title = "The database is busy", Detail = "Nothing was changed. Try again in a moment." },
        });
    }

    internal static bool IsBusy(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case NpgsqlException { IsTransient: true }:
                    return true;
                case DbUpdateException when e.InnerException is null:
                    return false;
            }
        }

        return false;
    }
}
