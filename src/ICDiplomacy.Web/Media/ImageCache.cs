using System.Security.Cryptography;
using System.Text;
using ICDiplomacy.Web.Cms;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// Processed images on local disk, one folder per media item ("{key}/{hash}.{ext}"). The key is the file's
/// version (its content hash) plus the normalised commands, so a new file never meets an old derivative.
/// </summary>
public sealed class ImageCache
{
    private readonly string _root;
    private readonly TimeSpan _maxAge;
    private readonly ILogger<ImageCache> _logger;

    public ImageCache(CmsPaths paths, IOptions<ImagingOptions> options, ILogger<ImageCache> logger)
    {
        _root = Path.GetFullPath(options.Value.Cache.CacheFolder, paths.DataDirectory);
        _maxAge = options.Value.Cache.CacheMaxAge;
        _logger = logger;
        Directory.CreateDirectory(_root);
    }

    public string PathFor(Guid mediaKey, string contentHash, ImageCommands commands, string extension)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(contentHash + "|" + commands.Normalized));
        return Path.Combine(_root, mediaKey.ToString("N"), Convert.ToHexStringLower(hash, 0, 16) + "." + extension);
    }

    /// <summary>The cached file, when it exists and is younger than <c>Imaging:Cache:CacheMaxAge</c>.</summary>
    public FileInfo? TryGet(string path)
    {
        var file = new FileInfo(path);
        // File times are the OS's wall clock, whatever clock the app runs on.
        return file.Exists && file.LastWriteTimeUtc > TimeProvider.System.GetUtcNow().UtcDateTime - _maxAge ? file : null;
    }

    public async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await File.WriteAllBytesAsync(temp, bytes, cancellationToken);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Drops every derivative of a media item (after it was deleted).</summary>
    public void Evict(Guid mediaKey)
    {
        try
        {
            var folder = Path.Combine(_root, mediaKey.ToString("N"));
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not remove cached images of media {Key}", mediaKey);
        }
    }
}
