using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;
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
    /// Two small queries per poll while nothing is pending, rather than a scope and two queries per subscriber:
    /// the poll runs every second for the life of the process, so its cost is the idle cost of every node.
    /// Cursors are read, not remembered, so a cursor moved back by an operator (a replay) is still honoured.
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
            if (await db.Outbox.MaxAsync(m => (long?)m.Id, ct) is not { } newest)
            {
                return false;
            }

            var names = _cursorNames;
            var positions = await db.OutboxCursors.AsNoTracking().Where(c => names.Contains(c.Subscriber)).Select(c => c.LastId).ToListAsync(ct);
            return positions.Count < names.Length || positions.Min() < newest;
        }
        catch
        {
            // A context that failed (connection lost, database restarted) is not reused.
            await DisposePollScopeAsync();
            throw;
        }
    }

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
