using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// One physical copy of an index: its directory, its only writer and the searcher manager over it. A rebuild
/// writes a new generation beside the live one; the swap retires the old one once its last search ends.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private readonly System.Threading.Lock _sync = new();
    private int _users;
    private bool _retired;
    private bool _disposed;

    private IndexGeneration(string name, string path, LuceneDirectory directory, IndexWriter writer)
    {
        Name = name;
        Path = path;
        Directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public string Name { get; }
    public string Path { get; }
    public LuceneDirectory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }

    /// <summary>Set on a retired generation: its folder goes when it is disposed.</summary>
    public bool DeleteOnDispose { get; set; }

    /// <summary>
    /// Opens a directory explicitly as SimpleFSDirectory: FSDirectory.Open picks MMapDirectory on 64-bit Linux,
    /// which is many times slower under parallel search in 4.8.0-beta00017 (lucenenet#1151). NativeFSLockFactory
    /// locks are released by the OS when the process dies, so a crash never leaves a lock that blocks writers.
    /// </summary>
    public static LuceneDirectory OpenDirectory(string path)
    {
        var info = new DirectoryInfo(path);
        return new SimpleFSDirectory(info, new NativeFSLockFactory(info));
    }

    public static IndexGeneration Open(string name, string path, LuceneDirectory directory, SearchAnalyzer analyzer, bool create)
    {
        var config = new IndexWriterConfig(CultureAnalyzer.Version, analyzer)
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
            RAMBufferSizeMB = 32,
        };
        var writer = new IndexWriter(directory, config);
        try
        {
            if (create)
            {
                // A readable (empty) commit at once, so the searcher manager and start-up checks find segments.
                writer.Commit();
            }

            return new IndexGeneration(name, path, directory, writer);
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    public bool TryEnter()
    {
        lock (_sync)
        {
            if (_retired)
            {
                return false;
            }

            _users++;
            return true;
        }
    }

    public void Exit()
    {
        bool dispose;
        lock (_sync)
        {
            _users--;
            dispose = _retired && _users == 0;
        }

        if (dispose)
        {
            Dispose();
        }
    }

    /// <summary>No new searches start here; it is disposed when the last running one ends.</summary>
    public void Retire()
    {
        bool dispose;
        lock (_sync)
        {
            _retired = true;
            dispose = _users == 0;
        }

        if (dispose)
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
        if (DeleteOnDispose)
        {
            TryDeleteFolder(Path);
        }
    }

    public static void TryDeleteFolder(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next start-up's sweep of stale generations.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
