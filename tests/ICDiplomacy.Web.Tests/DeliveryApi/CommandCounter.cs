using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>Counts SQL statements while armed, leaving out the background workers' polling (outbox, schedules).</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;
    private volatile bool _armed;

    public List<string> Commands { get; } = [];

    public int Count => _count;

    public void Arm()
    {
        lock (Commands)
        {
            Commands.Clear();
            _count = 0;
        }

        _armed = true;
    }

    public void Disarm() => _armed = false;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (!_armed || command.CommandText.Contains("cmsOutbox", StringComparison.Ordinal) || command.CommandText.Contains("umbracoContentSchedule", StringComparison.Ordinal))
        {
            return;
        }

        lock (Commands)
        {
            Commands.Add(command.CommandText);
            _count++;
        }
    }
}
