using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>
/// Counts the SQL statements of HTTP requests while armed; background workers (outbox, schedules, webhooks)
/// run outside any request and are left out.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> InRequest = new();

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

    /// <summary>Marks everything that runs below it in the pipeline as part of a request.</summary>
    public static IStartupFilter RequestMarker { get; } = new Marker();

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
        if (!_armed || !InRequest.Value)
        {
            return;
        }

        lock (Commands)
        {
            Commands.Add(command.CommandText);
            _count++;
        }
    }

    private sealed class Marker : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                InRequest.Value = true;
                await following(context);
            });
            next(app);
        };
    }
}
