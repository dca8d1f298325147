using System.Collections.Concurrent;
using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// Serves <c>GET /media/{key}/{fileName}</c>: the item is found by its key alone and the file name must be
/// the one we generated, so nothing in the URL ever becomes a path. Images go out as image/* with nosniff,
/// everything else as an attachment; processing commands are checked (HMAC, caps) and their results cached.
/// </summary>
public sealed class MediaFileServer(
    ImagePipeline pipeline,
    ImageCache cache,
    ImageHmac hmac,
    IMediaFileStore store,
    IOptions<ImagingOptions> imaging)
{
    public const string PathPrefix = "/media";

    // Concurrent requests for the same derivative share one processing run.
    private readonly ConcurrentDictionary<string, Lazy<Task<ImageResult>>> _inFlight = new();

    public async Task<IResult> ServeAsync(HttpContext context, Guid key, string fileName)
    {
        var ct = context.RequestAborted;
        var db = context.RequestServices.GetRequiredService<CmsDbContext>();
        var media = await db.Media.AsNoTracking()
            .Where(m => m.Key == key && !m.Trashed && m.StorageName != null)
            .Select(m => new { m.StorageName, m.FileName, m.OriginalFileName, m.Extension, m.MediaType, m.ContentHash, m.CreateDate })
            .FirstOrDefaultAsync(ct);
        if (media is null || !string.Equals(media.FileName, fileName, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.NotFound();
        }

        var extension = media.Extension!;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Defence in depth should a browser ever render a media response as a document.
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var lastModified = new DateTimeOffset(DateTime.SpecifyKind(media.CreateDate, DateTimeKind.Utc));
        var request = ImageRequest.Parse(context.Request.QueryString.Value);
        if (media.MediaType != MediaTypes.Image)
        {
            SetCacheControl(context, request.CacheBuster);
            var file = await store.OpenReadAsync(media.StorageName!, ct);
            return file is null
                ? TypedResults.NotFound()
                : TypedResults.Stream(file, MediaFileSniffer.ContentTypeOf(extension), media.OriginalFileName, lastModified, ETag(media.ContentHash!), enableRangeProcessing: true);
        }

        ImageCommands? commands = null;
        if (request.HasCommands)
        {
            var path = context.Request.PathBase.Add(context.Request.Path).Value!;
            if (!hmac.Verify(path, request.Commands, request.Hmac))
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid image request", request.Hmac is null
                    ? "Image URLs with processing commands must be signed: the 'hmac' parameter is missing."
                    : "The 'hmac' parameter does not match the URL.");
            }

            commands = request.ToCommands(imaging.Value.Resize, hmac.Enabled, out var error);
            if (error is not null)
            {
                return Problem(StatusCodes.Status400BadRequest, "Invalid image request", error);
            }
        }

        SetCacheControl(context, request.CacheBuster);
        if (commands is not { HasProcessing: true })
        {
            var file = await store.OpenReadAsync(media.StorageName!, ct);
            return file is null
                ? TypedResults.NotFound()
                : TypedResults.Stream(file, MediaFileSniffer.ContentTypeOf(extension), lastModified: lastModified, entityTag: ETag(media.ContentHash!));
        }

        var outputExtension = commands.Format ?? extension;
        var cachePath = cache.PathFor(key, media.ContentHash!, commands, outputExtension);
        var cached = cache.TryGet(cachePath);
        if (cached is null)
        {
            var produced = await ProduceAsync(cachePath, media.StorageName!, extension, commands, ct);
            if (produced is not null)
            {
                return produced;
            }

            cached = new FileInfo(cachePath);
        }

        var etag = ETag(Path.GetFileNameWithoutExtension(cachePath));
        return TypedResults.PhysicalFile(cached.FullName, MediaFileSniffer.ContentTypeOf(outputExtension), lastModified: lastModified, entityTag: etag);
    }

    /// <summary>Processes and caches a derivative; returns an error result, or null when the file is in the cache.</summary>
    private async Task<IResult?> ProduceAsync(string cachePath, string storageName, string extension, ImageCommands commands, CancellationToken ct)
    {
        var mine = new Lazy<Task<ImageResult>>(() => ProcessAndStoreAsync(cachePath, storageName, extension, commands));
        var work = _inFlight.GetOrAdd(cachePath, mine);
        if (ReferenceEquals(work, mine))
        {
            _ = mine.Value.ContinueWith(_ => _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<ImageResult>>>(cachePath, mine)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        var result = await work.Value.WaitAsync(ct);
        return result.Status switch
        {
            MediaOperationStatus.Success => null,
            MediaOperationStatus.NotFound => TypedResults.NotFound(),
            MediaOperationStatus.Busy => Problem(StatusCodes.Status503ServiceUnavailable, "Image service busy", result.Message!),
            _ => Problem(StatusCodes.Status400BadRequest, "Invalid image request", result.Message!),
        };
    }

    private async Task<ImageResult> ProcessAndStoreAsync(string cachePath, string storageName, string extension, ImageCommands commands)
    {
        // Not tied to one request: other requests may be waiting on the same result.
        byte[] source;
        await using (var file = await store.OpenReadAsync(storageName, CancellationToken.None))
        {
            if (file is null)
            {
                return ImageResult.Fail(MediaOperationStatus.NotFound, "The file is missing.");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            source = buffer.ToArray();
        }

        var result = await pipeline.ProcessAsync(source, extension, commands, CancellationToken.None);
        if (result.Succeeded)
        {
            await cache.WriteAsync(cachePath, result.Bytes, CancellationToken.None);
        }

        return result;
    }

    private void SetCacheControl(HttpContext context, string? cacheBuster)
    {
        var maxAge = (long)imaging.Value.Cache.BrowserMaxAge.TotalSeconds;
        // Umbraco: a cache-busted URL never changes, so it is immutable instead of must-revalidate.
        context.Response.Headers.CacheControl = cacheBuster is null
            ? $"public, max-age={maxAge}, must-revalidate"
            : $"public, max-age={maxAge}, immutable";
    }

    private static EntityTagHeaderValue ETag(string hash) => new($"\"{hash[..Math.Min(hash.Length, 32)]}\"");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
