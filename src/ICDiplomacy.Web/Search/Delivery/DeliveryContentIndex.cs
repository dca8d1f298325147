using ICDiplomacy.Web.Data;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Search.Delivery;

/// <summary>
/// The delivery index (<c>{search root}/delivery</c>): published routes with what Delivery API queries
/// filter and sort on, kept current from the outbox like the search indexes and rebuilt from the database
/// into a new generation when missing, unreadable or behind. It holds no text, so a rebuild of 100 000
/// items takes seconds, not minutes. Readers ask <see cref="IsCurrent"/> with the outbox head they read:
/// an index that has not applied every committed change is not used, so answers are never older than the
/// database.
/// </summary>
public sealed class DeliveryContentIndex : IDisposable
{
    public const string IndexName = "delivery";
    public const string SubscriberName = "delivery-index";
    private const int RebuildBatchSize = 1000;
    /// <summary>Outbox messages a reader waits for the index to apply (one dispatcher batch); beyond that it reads SQL.</summary>
    private const int MaxCatchUpGap = 500;

    private readonly IServiceScopeFactory _scopes;
    private readonly OutboxNotifier _notifier;
    private readonly DeliveryIndexDocuments _documents;
    private readonly ILogger<DeliveryContentIndex> _logger;
    private readonly SemaphoreSlim _applyGate = new(1, 1);
    private readonly Lock _sync = new();
    private readonly CancellationTokenSource _stopping = new();
    private HashSet<Guid>? _dirtyDuringRebuild;
    private Task _rebuild = Task.CompletedTask;
    private Task _verify = Task.CompletedTask;
    private long _appliedOutboxId = -1;
    // Handled by ApplyAsync whether or not a live generation took the write (a rebuild replays those items).
    private long _handledOutboxId;
    private bool _started;
    private TaskCompletionSource _applied = NewSignal();

    public DeliveryContentIndex(
        IServiceScopeFactory scopes,
        DeliveryIndexDocuments documents,
        SearchIndexManager searchIndexes,
        SearchAnalyzer analyzer,
        OutboxNotifier notifier,
        IOptions<CmsOptions> cmsOptions,
        ILogger<DeliveryContentIndex> logger)
    {
        _notifier = notifier;
        CursorName = $"{SubscriberName}@{cmsOptions.Value.NodeName}";
        _scopes = scopes;
        _documents = documents;
        _logger = logger;
        Index = new SearchIndex(IndexName, searchIndexes.RootPath, analyzer, logger);
    }

    internal SearchIndex Index { get; }

    /// <summary>This node's outbox cursor for the index, which the start-up check compares with.</summary>
    public string CursorName { get; }

    public IndexStatus Status => Index.Status;

    /// <summary>The outbox position the live generation reflects; -1 before it is open.</summary>
    public long AppliedOutboxId => Interlocked.Read(ref _appliedOutboxId);

    /// <summary>True when the index is live and has applied every outbox message up to <paramref name="outboxHead"/>.</summary>
    public bool IsCurrent(long outboxHead) => Index.Status != IndexStatus.Unavailable && AppliedOutboxId >= outboxHead;

    /// <summary>
    /// Waits until the index has applied <paramref name="outboxHead"/>: a reader that has just seen a newer change
    /// (its own publish, or another node's) wakes the outbox dispatcher and gets an index that shows it, usually
    /// within milliseconds. False when the index is unavailable or still behind after <paramref name="timeout"/>.
    /// </summary>
    public async Task<bool> CatchUpAsync(long outboxHead, TimeSpan timeout, CancellationToken ct)
    {
        if (IsCurrent(outboxHead))
        {
            return true;
        }

        // Far behind (a replay after a restart, a long rebuild): waiting would hold every query for the whole
        // timeout; SQL answers at once until the index has caught up.
        if (Index.Status == IndexStatus.Unavailable || outboxHead - AppliedOutboxId > MaxCatchUpGap)
        {
            return false;
        }

        _notifier.Notify();
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            var signal = Volatile.Read(ref _applied);
            if (IsCurrent(outboxHead))
            {
                return true;
            }

            var remaining = deadline - Environment.TickCount64;
            if (remaining <= 0)
            {
                return false;
            }

            try
            {
                await signal.Task.WaitAsync(TimeSpan.FromMilliseconds(remaining), ct);
            }
            catch (TimeoutException)
            {
                return IsCurrent(outboxHead);
            }
        }
    }

    /// <summary>Start-up verification and any rebuild (tests, the bench, the health check).</summary>
    public bool IsIdle
    {
        get
        {
            lock (_sync)
            {
                return _started && _rebuild.IsCompleted && _verify.IsCompleted;
            }
        }
    }

    public async Task WhenIdleAsync()
    {
        Task verify;
        lock (_sync)
        {
            verify = _verify;
        }

        await verify;
        await CurrentRebuild;
    }

    public Task CurrentRebuild
    {
        get
        {
            lock (_sync)
            {
                return _rebuild;
            }
        }
    }

    /// <summary>Opens the live generation; a missing or unreadable one is rebuilt, an open one is checked, both in the background.</summary>
    public void Start()
    {
        lock (_sync)
        {
            if (_started)
            {
                return;
            }

            _started = true;
            var opened = Index.Open();
            if (opened == IndexOpenResult.Opened)
            {
                AtomicMax.Raise(ref _appliedOutboxId, Index.CommittedOutboxId);
                _verify = Task.Run(() => VerifyAsync(_stopping.Token));
            }
            else
            {
                _logger.LogWarning("Delivery index needs a rebuild ({Result})", opened);
                StartRebuildLocked();
            }
        }
    }

    public Task StartRebuild()
    {
        lock (_sync)
        {
            return StartRebuildLocked();
        }
    }

    private Task StartRebuildLocked()
    {
        if (!_rebuild.IsCompleted)
        {
            return _rebuild;
        }

        _dirtyDuringRebuild = [];
        Index.IsRebuilding = true;
        _rebuild = Task.Run(() => RebuildAsync(_stopping.Token));
        return _rebuild;
    }

    /// <summary>Runs a search on the live generation.</summary>
    /// <exception cref="SearchUnavailableException">No live index.</exception>
    public T Search<T>(Func<IndexSearcher, T> search) => Index.Search(search);

    /// <summary>Re-reads the given items and replaces their documents; every batch, even one with nothing to change, moves the applied position.</summary>
    public async Task ApplyAsync(IReadOnlyCollection<Guid> keys, long outboxId, CancellationToken ct)
    {
        Start();
        await _applyGate.WaitAsync(ct);
        try
        {
            lock (_sync)
            {
                _dirtyDuringRebuild?.UnionWith(keys);
            }

            AtomicMax.Raise(ref _handledOutboxId, outboxId);
            if (keys.Count == 0)
            {
                if (Index.Status != IndexStatus.Unavailable)
                {
                    Advance(outboxId);
                }

                return;
            }

            var built = await LoadAsync(keys, ct);
            if (Index.Write(w => Replace(w, built), outboxId))
            {
                Advance(outboxId);
            }
            else if (CurrentRebuild.IsCompleted)
            {
                _logger.LogWarning("Delivery index unavailable while applying changes; starting a rebuild");
                _ = StartRebuild();
            }
        }
        finally
        {
            _applyGate.Release();
        }
    }

    private async Task<List<(Guid Key, List<Lucene.Net.Documents.Document> Documents)>> LoadAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var list = keys.ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => list.Contains(d.Key)).ToListAsync(ct);
        var built = await _documents.LoadAsync(db, documents, [], ct);
        // Deleted documents are gone from the table: their keys still need their index documents removed.
        foreach (var key in keys.Except(documents.Select(d => d.Key)))
        {
            built.Add((key, []));
        }

        return built;
    }

    private static void Replace(IndexWriter writer, List<(Guid Key, List<Lucene.Net.Documents.Document> Documents)> built)
    {
        foreach (var (key, documents) in built)
        {
            writer.DeleteDocuments(new Term(DeliveryIndexFields.Key, DeliveryIndexFields.KeyText(key)));
            if (documents.Count > 0)
            {
                writer.AddDocuments(documents);
            }
        }
    }

    private async Task RebuildAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        IndexGeneration? generation = null;
        try
        {
            generation = Index.CreateGeneration();
            long outboxId;
            var items = 0;
            await using (var scope = _scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
                // Taken before reading: every later change is applied to the live index and replayed here as dirty.
                outboxId = await db.Outbox.MaxAsync(m => (long?)m.Id, ct) ?? 0;
                var ancestorKeys = new Dictionary<long, Guid>();
                long lastId = 0;
                while (true)
                {
                    var batch = await db.Documents.AsNoTracking()
                        .Where(d => d.Id > lastId && !d.Trashed && d.PublishedVersion != null)
                        .OrderBy(d => d.Id).Take(RebuildBatchSize).ToListAsync(ct);
                    if (batch.Count == 0)
                    {
                        break;
                    }

                    lastId = batch[^1].Id;
                    foreach (var (_, documents) in await _documents.LoadAsync(db, batch, ancestorKeys, ct))
                    {
                        if (documents.Count > 0)
                        {
                            generation.Writer.AddDocuments(documents);
                            items++;
                        }
                    }
                }
            }

            generation.Writer.ForceMerge(1);

            await _applyGate.WaitAsync(ct);
            try
            {
                HashSet<Guid> dirty;
                lock (_sync)
                {
                    dirty = _dirtyDuringRebuild ?? [];
                    _dirtyDuringRebuild = null;
                }

                if (dirty.Count > 0)
                {
                    Replace(generation.Writer, await LoadAsync(dirty, ct));
                }

                var committedId = Math.Max(outboxId, Interlocked.Read(ref _handledOutboxId));
                SearchIndex.Commit(generation, committedId);
                Index.Swap(generation);
                generation = null;
                Advance(committedId);
            }
            finally
            {
                _applyGate.Release();
            }

            _logger.LogInformation("Delivery index rebuilt: {Items} items in {Elapsed} ms", items, started.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Delivery index rebuild failed");
            throw;
        }
        finally
        {
            lock (_sync)
            {
                _dirtyDuringRebuild = null;
            }

            Index.IsRebuilding = false;
            if (generation is not null)
            {
                generation.DeleteOnDispose = true;
                generation.Dispose();
            }
        }
    }

    /// <summary>
    /// Start-up check of an opened index: segment checksums, the outbox position against this node's cursor,
    /// and the item count against the database. Anything wrong starts a rebuild; the old index answers meanwhile.
    /// </summary>
    private async Task VerifyAsync(CancellationToken ct)
    {
        try
        {
            var problem = await FindProblemAsync(ct);
            if (problem is not null)
            {
                _logger.LogWarning("Delivery index check failed ({Problem}); rebuilding", problem);
                await StartRebuild();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Delivery index check failed; rebuilding");
            await StartRebuild();
        }
    }

    private async Task<string?> FindProblemAsync(CancellationToken ct)
    {
        try
        {
            Index.CheckIntegrity();
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or EndOfStreamException or InvalidDataException)
        {
            return "segment checksums do not match: " + ex.GetType().Name;
        }

        await _applyGate.WaitAsync(ct);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var cursor = await db.OutboxCursors.AsNoTracking().Where(c => c.Subscriber == CursorName).Select(c => (long?)c.LastId).FirstOrDefaultAsync(ct) ?? 0;
            var indexed = AppliedOutboxId;
            if (indexed < cursor)
            {
                return $"the index reflects outbox message {indexed} but the outbox was delivered up to {cursor}";
            }

            var newest = await db.Outbox.MaxAsync(m => (long?)m.Id, ct) ?? 0;
            if (indexed < newest)
            {
                // Changes are still to be replayed; counts would differ for that reason alone.
                return null;
            }

            var expected = await db.Documents.AsNoTracking().CountAsync(d => !d.Trashed && d.PublishedVersion != null && db.DocumentUrls.Any(u => u.DocumentId == d.Id), ct);
            var actual = Index.CountItems();
            return actual != expected ? $"item count differs from the database ({actual} vs {expected})" : null;
        }
        finally
        {
            _applyGate.Release();
        }
    }

    private void Advance(long outboxId)
    {
        AtomicMax.Raise(ref _appliedOutboxId, outboxId);
        Interlocked.Exchange(ref _applied, NewSignal()).TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);


    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            Task.WhenAll(CurrentRebuild, _verify).Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Failures were logged where they happened.
        }

        Index.Dispose();
        _applyGate.Dispose();
        _stopping.Dispose();
    }
}
