using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// One named index (<c>external</c> or <c>internal</c>) on disk as <c>{root}/{name}/{generation}/</c>, with a
/// <c>current</c> file naming the live generation. Writes go through the single writer of the live
/// generation and are committed per batch; a rebuild fills a new generation and <see cref="Swap"/> makes it
/// live with one atomic rename, while searches keep using the old one until they finish.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string OutboxIdKey = "outboxId";
    private const string PointerFile = "current";

    private readonly SearchAnalyzer _analyzer;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _writeLock = new();
    private volatile IndexGeneration? _current;
    private volatile bool _rebuilding;

    public SearchIndex(string name, string rootPath, SearchAnalyzer analyzer, ILogger logger)
    {
        Name = name;
        Folder = Path.Combine(rootPath, name);
        _analyzer = analyzer;
        _logger = logger;
    }

    public string Name { get; }
    public string Folder { get; }

    public IndexStatus Status => _current is null ? IndexStatus.Unavailable : _rebuilding ? IndexStatus.Rebuilding : IndexStatus.Ready;

    /// <summary>Folder of the live generation, or null.</summary>
    public string? CurrentPath => _current?.Path;

    internal bool IsRebuilding
    {
        get => _rebuilding;
        set => _rebuilding = value;
    }

    /// <summary>Opens the live generation named by the pointer file, checking that its segments can be read and its lock taken.</summary>
    public IndexOpenResult Open()
    {
        System.IO.Directory.CreateDirectory(Folder);
        var pointer = Path.Combine(Folder, PointerFile);
        var generationName = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        var path = generationName.Length == 0 ? "" : Path.Combine(Folder, generationName);
        IndexOpenResult result;
        if (path.Length == 0 || !System.IO.Directory.Exists(path) || generationName.Contains("..", StringComparison.Ordinal))
        {
            result = IndexOpenResult.Missing;
        }
        else
        {
            result = TryOpen(generationName, path);
        }

        if (result is IndexOpenResult.Opened or IndexOpenResult.Missing)
        {
            // Half-built generations of an interrupted rebuild; a corrupt or locked one stays until a rebuild replaces it.
            SweepStaleGenerations();
        }

        return result;
    }

    private IndexOpenResult TryOpen(string generationName, string path)
    {
        var directory = IndexGeneration.OpenDirectory(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return IndexOpenResult.Missing;
            }

            // Reading the segment infos and opening every segment finds truncated and missing files.
            using (var reader = DirectoryReader.Open(directory))
            {
                _ = reader.NumDocs;
            }

            var generation = IndexGeneration.Open(generationName, path, directory, _analyzer, create: false);
            _current = generation;
            return IndexOpenResult.Opened;
        }
        catch (LockObtainFailedException ex)
        {
            _logger.LogError(ex, "Search index {Index}: {Path} is locked by another writer", Name, path);
            directory.Dispose();
            return IndexOpenResult.Locked;
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or EndOfStreamException or InvalidDataException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // "read past EOF" surfaces as a plain IOException (or EndOfStreamException) for a truncated segments_N.
            _logger.LogError(ex, "Search index {Index}: {Path} cannot be read", Name, path);
            directory.Dispose();
            return IndexOpenResult.Corrupt;
        }
    }

    /// <summary>A new, empty generation beside the live one, for a rebuild.</summary>
    internal IndexGeneration CreateGeneration()
    {
        System.IO.Directory.CreateDirectory(Folder);
        var name = DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var path = Path.Combine(Folder, name);
        System.IO.Directory.CreateDirectory(path);
        return IndexGeneration.Open(name, path, IndexGeneration.OpenDirectory(path), _analyzer, create: true);
    }

    /// <summary>Makes <paramref name="next"/> live: the pointer file is replaced by an atomic rename, then the old generation retires.</summary>
    internal void Swap(IndexGeneration next)
    {
        lock (_writeLock)
        {
            var pointer = Path.Combine(Folder, PointerFile);
            var temp = pointer + ".tmp";
            File.WriteAllText(temp, next.Name);
            File.Move(temp, pointer, overwrite: true);
            var old = _current;
            _current = next;
            if (old is not null)
            {
                old.DeleteOnDispose = true;
                old.Retire();
            }
        }

        _logger.LogInformation("Search index {Index}: generation {Generation} is live", Name, next.Name);
    }

    /// <summary>Applies changes with the live writer and commits them with the outbox position they reflect.</summary>
    /// <returns>False when there is no live index to write to.</returns>
    internal bool Write(Action<IndexWriter> change, long outboxId)
    {
        lock (_writeLock)
        {
            var generation = _current;
            if (generation is null)
            {
                return false;
            }

            change(generation.Writer);
            Commit(generation, outboxId);
            return true;
        }
    }

    internal static void Commit(IndexGeneration generation, long outboxId)
    {
        var writer = generation.Writer;
        var previous = ReadOutboxId(writer.CommitData);
        writer.SetCommitData(new Dictionary<string, string>
        {
            [OutboxIdKey] = Math.Max(previous, outboxId).ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
        generation.Searchers.MaybeRefreshBlocking();
    }

    /// <summary>The outbox position the live generation's last commit reflects (0 when unknown).</summary>
    public long CommittedOutboxId
    {
        get
        {
            var generation = _current;
            return generation is null ? 0 : ReadOutboxId(generation.Writer.CommitData);
        }
    }

    internal static long ReadOutboxId(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(OutboxIdKey, out var s) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>Runs a search on the live generation; the generation stays open until it returns.</summary>
    /// <exception cref="SearchUnavailableException">No live index.</exception>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var generation = _current ?? throw new SearchUnavailableException();
            if (!generation.TryEnter())
            {
                // Swapped out between the read and the enter: take the new one.
                continue;
            }

            try
            {
                var searcher = generation.Searchers.Acquire();
                try
                {
                    return search(searcher);
                }
                finally
                {
                    generation.Searchers.Release(searcher);
                }
            }
            finally
            {
                generation.Exit();
            }
        }

        throw new SearchUnavailableException();
    }

    /// <summary>Verifies every segment's checksums (reads all files once).</summary>
    internal void CheckIntegrity() => Search(searcher =>
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }

        return true;
    });

    /// <summary>Number of items (not item × culture documents) in the live generation.</summary>
    public int CountItems() => Search(searcher => searcher.Search(new TermQuery(new Term(SearchFields.Item, "y")), 1).TotalHits);

    private void SweepStaleGenerations()
    {
        var live = _current?.Name;
        foreach (var dir in System.IO.Directory.EnumerateDirectories(Folder))
        {
            if (Path.GetFileName(dir) != live)
            {
                IndexGeneration.TryDeleteFolder(dir);
            }
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            var generation = _current;
            _current = null;
            generation?.Retire();
        }
    }
}
