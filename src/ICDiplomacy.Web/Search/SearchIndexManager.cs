using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Data;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Owns the external and internal indexes: opens and checks them at start-up, applies content changes, and
/// rebuilds both from the database (the only source of truth) into new generations that are swapped in
/// while the old ones keep answering.
/// </summary>
public sealed class SearchIndexManager : IDisposable
{
    public const string ExternalIndexName = "external";
    public const string InternalIndexName = "internal";
    private const int RebuildBatchSize = 500;
    private const int RebuildSegments = 3;

    private readonly IServiceScopeFactory _scopes;
    private readonly IndexSourceLoader _loader;
    private readonly IndexDocumentFactory _factory;
    private readonly SearchOptions _options;
    private readonly ILogger<SearchIndexManager> _logger;
    // Serialises applying changes with the final phase of a rebuild, so no change falls between the two.
    private readonly SemaphoreSlim _applyGate = new(1, 1);
    private readonly Lock _sync = new();
    private HashSet<Guid>? _dirtyDuringRebuild;
    private long _lastAppliedOutboxId;
    private Task _rebuild = Task.CompletedTask;
    private readonly object _startLock = new();
    private bool _started;
    private Task _verify = Task.CompletedTask;
    private readonly CancellationTokenSource _stopping = new();

    public SearchIndexManager(
        IServiceScopeFactory scopes,
        IndexSourceLoader loader,
        IndexDocumentFactory factory,
        SearchAnalyzer analyzer,
        CmsPaths paths,
        IHostEnvironment environment,
        IOptions<SearchOptions> options,
        IOptions<CmsOptions> cmsOptions,
        ILogger<SearchIndexManager> logger)
    {
        CursorName = $"{ContentIndexer.SubscriberName}@{cmsOptions.Value.NodeName}";
        _scopes = scopes;
        _loader = loader;
        _factory = factory;
        _options = options.Value;
        _logger = logger;
        RootPath = string.IsNullOrWhiteSpace(_options.IndexDirectory)
            ? Path.Combine(paths.DataDirectory, "search")
            : Path.GetFullPath(_options.IndexDirectory, environment.ContentRootPath);
        External = new SearchIndex(ExternalIndexName, RootPath, analyzer, logger);
        Internal = new SearchIndex(InternalIndexName, RootPath, analyzer, logger);
    }

    public string RootPath { get; }
    public SearchIndex External { get; }
    public SearchIndex Internal { get; }

    /// <summary>The rebuild running now, or a completed task.</summary>
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

    /// <summary>Opens both indexes; a missing, unreadable or locked one is rebuilt in the background, and the rest is verified in the background.</summary>
    public void Start()
    {
        // The outbox may deliver before the start-up step runs (content seeded at start-up): whichever comes first
        // opens the indexes, and the other waits until they are open.
        lock (_startLock)
        {
            if (_started)
            {
                return;
            }

            var external = External.Open();
            var internalResult = Internal.Open();
            _started = true;
            if (external != IndexOpenResult.Opened || internalResult != IndexOpenResult.Opened)
            {
                _logger.LogWarning("Search indexes need a rebuild (external: {External}, internal: {Internal})", external, internalResult);
                StartRebuild();
            }
            else if (_options.VerifyOnStartup)
            {
                lock (_sync)
                {
                    _verify = Task.Run(() => VerifyAndRepairAsync(_stopping.Token));
                }
            }
        }
    }

    /// <summary>True when no start-up verification and no rebuild is running (the indexes health check).</summary>
    public bool IsIdle
    {
        get
        {
            lock (_sync)
            {
                return _verify.IsCompleted && _rebuild.IsCompleted;
            }
        }
    }

    /// <summary>Waits for start-up verification and any rebuild to finish (tests, the rebuild command).</summary>
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

    /// <summary>Starts a rebuild of both indexes unless one is running; returns the running rebuild.</summary>
    public Task StartRebuild()
    {
        lock (_sync)
        {
            if (!_rebuild.IsCompleted)
            {
                return _rebuild;
            }

            _dirtyDuringRebuild = [];
            External.IsRebuilding = true;
            Internal.IsRebuilding = true;
            _rebuild = Task.Run(() => RebuildAsync(_stopping.Token));
            return _rebuild;
        }
    }

    private async Task RebuildAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        IndexGeneration? external = null;
        IndexGeneration? internalGeneration = null;
        try
        {
            external = External.CreateGeneration();
            internalGeneration = Internal.CreateGeneration();
            long outboxId;
            var items = 0;
            var externalWriter = external.Writer;
            var internalWriter = internalGeneration.Writer;
            await using (var scope = _scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
                // Taken before reading: every later change is replayed or recorded as dirty.
                outboxId = await db.Outbox.MaxAsync(m => (long?)m.Id, ct) ?? 0;
                long lastId = 0;
                while (true)
                {
                    var batch = await db.Documents.AsNoTracking().Where(d => d.Id > lastId).OrderBy(d => d.Id).Take(RebuildBatchSize).ToListAsync(ct);
                    if (batch.Count == 0)
                    {
                        break;
                    }

                    lastId = batch[^1].Id;
                    var sources = await _loader.LoadAsync(db, batch, ct);
                    // IndexWriter takes documents from several threads at once; analysis is the cost, so use every core.
                    Parallel.ForEach(sources, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, source =>
                    {
                        if (source.External is { } ext)
                        {
                            AddItem(externalWriter, ext, forSnippets: true);
                        }

                        AddItem(internalWriter, source.Internal, forSnippets: false);
                    });
                    items += sources.Count;

                    db.ChangeTracker.Clear();
                }
            }

            // Few segments make every term lookup of a query cheaper (a query looks each word up in 12 fields per
            // segment); merging now costs the rebuild time, not the visitors.
            externalWriter.ForceMerge(RebuildSegments);
            internalWriter.ForceMerge(RebuildSegments);

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
                    await WriteItemsAsync(dirty, external.Writer, internalGeneration.Writer, ct);
                }

                var committedId = Math.Max(outboxId, Interlocked.Read(ref _lastAppliedOutboxId));
                SearchIndex.Commit(external, committedId);
                SearchIndex.Commit(internalGeneration, committedId);
                External.Swap(external);
                Internal.Swap(internalGeneration);
                external = null;
                internalGeneration = null;
            }
            finally
            {
                _applyGate.Release();
            }

            _logger.LogInformation("Search indexes rebuilt: {Items} items in {Elapsed} ms", items, started.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Search index rebuild failed");
            throw;
        }
        finally
        {
            lock (_sync)
            {
                _dirtyDuringRebuild = null;
            }

            External.IsRebuilding = false;
            Internal.IsRebuilding = false;
            if (external is not null)
            {
                external.DeleteOnDispose = true;
                external.Dispose();
            }

            if (internalGeneration is not null)
            {
                internalGeneration.DeleteOnDispose = true;
                internalGeneration.Dispose();
            }
        }
    }

    /// <summary>Re-reads the given items from the database and replaces their documents in both indexes.</summary>
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

            var sources = await LoadAsync(keys, ct);
            var external = External.Write(w => Replace(w, keys, sources.Where(s => s.External is not null).Select(s => s.External!)), outboxId);
            var inner = Internal.Write(w => Replace(w, keys, sources.Select(s => s.Internal), forSnippets: false), outboxId);
            AtomicMax.Raise(ref _lastAppliedOutboxId, outboxId);
            if ((!external || !inner) && CurrentRebuild.IsCompleted)
            {
                // No live index and no rebuild (the last one failed): try again rather than drop changes for good.
                _logger.LogWarning("Search index unavailable while applying changes; starting a rebuild");
                _ = StartRebuild();
            }
        }
        finally
        {
            _applyGate.Release();
        }
    }

    private async Task WriteItemsAsync(IReadOnlyCollection<Guid> keys, IndexWriter external, IndexWriter internalWriter, CancellationToken ct)
    {
        var sources = await LoadAsync(keys, ct);
        Replace(external, keys, sources.Where(s => s.External is not null).Select(s => s.External!));
        Replace(internalWriter, keys, sources.Select(s => s.Internal), forSnippets: false);
    }

    private async Task<IReadOnlyList<(Document Document, IndexSource? External, IndexSource Internal)>> LoadAsync(IReadOnlyCollection<Guid> keys, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var list = keys.ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => list.Contains(d.Key)).ToListAsync(ct);
        return await _loader.LoadAsync(db, documents, ct);
    }

    private void Replace(IndexWriter writer, IEnumerable<Guid> keys, IEnumerable<IndexSource> sources, bool forSnippets = true)
    {
        foreach (var key in keys)
        {
            writer.DeleteDocuments(new Term(SearchFields.Key, key.ToString("D")));
        }

        foreach (var source in sources)
        {
            AddItem(writer, source, forSnippets);
        }
    }

    /// <summary>Adds one item's documents; an item that cannot be indexed is logged and left out, never blocking the others.</summary>
    private void AddItem(IndexWriter writer, IndexSource source, bool forSnippets)
    {
        IReadOnlyList<Lucene.Net.Documents.Document> documents;
        try
        {
            documents = _factory.Create(source, forSnippets);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException or System.Text.Json.JsonException)
        {
            _logger.LogError(ex, "Search: item {Key} ({ContentType}) could not be indexed and is left out", source.Document.Key, source.Document.ContentType);
            return;
        }

        writer.AddDocuments(documents);
    }

    /// <summary>
    /// Start-up check of open indexes: segment checksums, the outbox position each reflects, and item counts
    /// against the database. Anything wrong starts a rebuild; the old index answers meanwhile.
    /// </summary>
    public async Task<string?> VerifyAsync(string cursorName, CancellationToken ct)
    {
        try
        {
            External.CheckIntegrity();
            Internal.CheckIntegrity();
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
            var cursor = await db.OutboxCursors.AsNoTracking().Where(c => c.Subscriber == cursorName).Select(c => (long?)c.LastId).FirstOrDefaultAsync(ct) ?? 0;
            var indexed = Math.Min(External.CommittedOutboxId, Internal.CommittedOutboxId);
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

            var expectedExternal = await _loader.CountExternalAsync(db, ct);
            var expectedInternal = await _loader.CountInternalAsync(db, ct);
            var actualExternal = External.CountItems();
            var actualInternal = Internal.CountItems();
            return actualExternal != expectedExternal || actualInternal != expectedInternal
                ? $"item counts differ from the database (external {actualExternal} vs {expectedExternal}, internal {actualInternal} vs {expectedInternal})"
                : null;
        }
        finally
        {
            _applyGate.Release();
        }
    }

    /// <summary>The outbox cursor of this node's indexer, which the start-up check compares with.</summary>
    public string CursorName { get; }

    private async Task VerifyAndRepairAsync(CancellationToken ct)
    {
        try
        {
            var problem = await VerifyAsync(CursorName, ct);
            if (problem is not null)
            {
                _logger.LogWarning("Search index check failed ({Problem}); rebuilding while the current index keeps answering", problem);
                await StartRebuild();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Search index check failed; rebuilding");
            await StartRebuild();
        }
    }


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

        External.Dispose();
        Internal.Dispose();
        _applyGate.Dispose();
        _stopping.Dispose();
    }
}
