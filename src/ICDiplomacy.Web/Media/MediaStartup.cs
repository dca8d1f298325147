using ICDiplomacy.Web.Cms;

namespace ICDiplomacy.Web.Media;

/// <summary>Sweeps temp files a crash left behind and warns when image URLs are unsigned.</summary>
public sealed class MediaStartup(
    IMediaFileStore store,
    CmsPaths paths,
    ImageHmac hmac,
    ILogger<MediaStartup> logger) : IHostedService
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // File times are the OS's wall clock, whatever clock the app runs on.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var removed = store is FileSystemMediaFileStore files ? files.SweepTempFiles(StaleAfter, now) : 0;
        var uploads = new DirectoryInfo(Path.Combine(paths.DataDirectory, "tmp", "uploads"));
        if (uploads.Exists)
        {
            foreach (var file in uploads.EnumerateFiles("upload-*.tmp").Where(f => f.LastWriteTimeUtc < now - StaleAfter))
            {
                file.Delete();
                removed++;
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} stale media temp file(s)", removed);
        }

        if (!hmac.Enabled)
        {
            logger.LogWarning("Imaging:HMACSecretKey is empty: any visitor may request any image resize up to the Imaging:Resize caps.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
