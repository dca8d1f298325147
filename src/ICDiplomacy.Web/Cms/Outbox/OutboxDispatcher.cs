using System.Globalization;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Cms.Outbox;

/// <summary>
/// Feeds outbox messages to subscribers after commit. Each subscriber's position is stored in the
/// database, so at start-up everything written before a crash is replayed; several nodes sharing one
/// database each follow the shared outbox for their node-local subscribers.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IOutboxSubscriber> subscribers,
    OutboxNotifier notifier,
    IOptions<CmsOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string[]? _cursorNames;
    // The poll's own scope and context, kept between polls (reads only, no tracking; used under _gate): a new scope,
    // context and connection set-up every second was most of an idle node's allocation.
    private AsyncServiceScope? _pollScope;
    private string? _pollSql;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch failed; retrying");
            }

            try
            {
                // The poll also picks up changes written by other nodes sharing the database.
                await notifier.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Delivers every pending message to every subscriber; returns how many deliveries were made.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!await AnySubscriberBehindAsync(cancellationToken))
            {
                return 0;
            }

            var delivered = 0;
            foreach (var subscriber in subscribers)
            {
                delivered += await DispatchToAsync(subscriber, cancellationToken);
            }

            return delivered;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// One statement per poll while nothing is pending (the newest message, how many cursors exist and the lowest),
    /// rather than a scope and two queries per subscriber: the poll runs every second for the life of the process,
    /// so its cost is the idle cost of every node. Its SQL is built once, from the model's table and column
    /// names, and bypasses LINQ translation; cursors are read, not remembered, so a cursor moved back by an
    /// operator (a replay) is still honoured.
    /// </summary>
    private async Task<bool> AnySubscriberBehindAsync(CancellationToken ct)
    {
        _cursorNames ??= subscribers.Select(CursorName).ToArray();
        if (_cursorNames.Length == 0)
        {
            return false;
        }

        _pollScope ??= scopes.CreateAsyncScope();
        var db = _pollScope.Value.ServiceProvider.GetRequiredService<CmsDbContext>();
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                // A new command per poll over SQL built once: a command kept across polls would keep prepared statements
                // of a connection the idle trim may have closed (SQLite answers "API misuse").
                _pollSql ??= PollSql(db, _cursorNames.Length);
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = _pollSql;
                for (var i = 0; i < _cursorNames.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = CursorParameter(i);
                    parameter.Value = _cursorNames[i];
                    command.Parameters.Add(parameter);
                }

                await using var reader = await command.ExecuteReaderAsync(ct);
                if (!await reader.ReadAsync(ct) || await reader.IsDBNullAsync(0, ct))
                {
                    return false; // no message was ever written
                }

                var newest = reader.GetInt64(0);
                var cursors = reader.GetInt64(1);
                return cursors < _cursorNames.Length || reader.IsDBNull(2) || reader.GetInt64(2) < newest;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch
        {
            // A context that failed (connection lost, database restarted) is not reused.
            await DisposePollScopeAsync();
            throw;
        }
    }

    private static string PollSql(CmsDbContext db, int cursorCount)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var message = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var cursor = db.Model.FindEntityType(typeof(OutboxCursor))!;
        string Table(IEntityType type) => sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
        string Column(IEntityType type, string property) =>
            sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!);

        var inNames = $"{Column(cursor, nameof(OutboxCursor.Subscriber))} IN ({string.Join(", ", Enumerable.Range(0, cursorCount).Select(CursorParameter))})";
        var cursorTable = Table(cursor);
        return $"SELECT (SELECT MAX({Column(message, nameof(OutboxMessage.Id))}) FROM {Table(message)}), "
            + $"(SELECT COUNT(*) FROM {cursorTable} WHERE {inNames}), "
            + $"(SELECT MIN({Column(cursor, nameof(OutboxCursor.LastId))}) FROM {cursorTable} WHERE {inNames})";
    }

    private static string CursorParameter(int index) => "@c" + index.ToString(CultureInfo.InvariantCulture);

    private async ValueTask DisposePollScopeAsync()
    {
        if (_pollScope is { } scope)
        {
            _pollScope = null;
            await scope.DisposeAsync();
        }
    }

    public string CursorName(IOutboxSubscriber subscriber) =>
        subscriber.NodeLocal ? $"{subscriber.Name}@{options.Value.NodeName}" : subscriber.Name;

    private async Task<int> DispatchToAsync(IOutboxSubscriber subscriber, CancellationToken ct)
    {
        var cursorName = CursorName(subscriber);
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var cursor = await db.OutboxCursors.FirstOrDefaultAsync(c => c.Subscriber == cursorName, ct);
            var last = cursor?.LastId ?? 0;
            var batch = await db.Outbox.AsNoTracking().Where(m => m.Id > last).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }

            try
            {
                await subscriber.HandleAsync(batch, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox subscriber {Subscriber} failed at message {Id}; it will be retried", subscriber.Name, batch[0].Id);
                return total;
            }

            if (cursor is null)
            {
                db.OutboxCursors.Add(new OutboxCursor { Subscriber = cursorName, LastId = batch[^1].Id, UpdatedUtc = DateTime.UtcNow });
            }
            else
            {
                cursor.LastId = batch[^1].Id;
                cursor.UpdatedUtc = DateTime.UtcNow;
            }

            await db.SaveChangesAsync(ct);
            total += batch.Count;
        }
    }

    public override void Dispose()
    {
        _pollScope?.Dispose();
        _pollScope = null;
        _gate.Dispose();
        base.Dispose();
    }
}
