using ICDiplomacy.Web.Cms;

namespace ICDiplomacy.Web.Media;

/// <summary>The default store: files under <c>{Cms:DataDirectory}/media</c>, written to a temp file and renamed into place.</summary>
public sealed class FileSystemMediaFileStore : IMediaFileStore
{
    private const string TempFolder = ".tmp";
    private readonly string _root;

    public FileSystemMediaFileStore(CmsPaths paths)
    {
        _root = Path.GetFullPath(Path.Combine(paths.DataDirectory, "media"));
        Directory.CreateDirectory(Path.Combine(_root, TempFolder));
    }

    public string Root => _root;

    public async Task SaveAsync(string storageName, Stream content, CancellationToken cancellationToken)
    {
        var target = Resolve(storageName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = Path.Combine(_root, TempFolder, Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: false);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task<Stream?> OpenReadAsync(string storageName, CancellationToken cancellationToken)
    {
        var path = Resolve(storageName);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 16384, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string storageName, CancellationToken cancellationToken)
    {
        File.Delete(Resolve(storageName));
        return Task.CompletedTask;
    }

    /// <summary>Removes temp files a crash left behind.</summary>
    public int SweepTempFiles(TimeSpan olderThan, DateTime utcNow)
    {
        var removed = 0;
        foreach (var file in new DirectoryInfo(Path.Combine(_root, TempFolder)).EnumerateFiles("*.tmp"))
        {
            if (file.LastWriteTimeUtc < utcNow - olderThan)
            {
                file.Delete();
                removed++;
            }
        }

        return removed;
    }

    private string Resolve(string storageName)
    {
        // Names come from our own database, but a path is only ever built from a name of the fixed shape,
        // and the result must still sit under the root (SECURITY-GUIDE §1.2, path traversal).
        if (!MediaStorageNames.IsValid(storageName))
        {
            throw new ArgumentException("Not a media storage name.", nameof(storageName));
        }

        var full = Path.GetFullPath(Path.Combine(_root, storageName));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Not a media storage name.", nameof(storageName));
        }

        return full;
    }
}
