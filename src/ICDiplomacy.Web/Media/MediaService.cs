using System.Security.Cryptography;
using ICDiplomacy.Web.Cms.Audit;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// The entry point for changing the media library: create folders, upload, rename, move, trash, restore,
/// delete, focal points, crops and alt text. Uploads are checked in full before anything is written; the
/// file is stored before its row and removed again if the row cannot be written.
/// </summary>
public sealed partial class MediaService(
    CmsDbContext db,
    ImagePipeline pipeline,
    IMediaFileStore store,
    ImageCache cache,
    IOptions<MediaOptions> options,
    IOptions<ImagingOptions> imaging,
    TimeProvider clock,
    OutboxNotifier notifier,
    ILogger<MediaService> logger)
{
    public const int MaxAltTextLength = 1000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<MediaResult> CreateFolderAsync(string name, Guid? parentKey, string actor, CancellationToken ct = default)
    {
        if (MediaNames.SanitizeName(name) is not { } clean)
        {
            return MediaResult.Invalid("name", "A folder needs a name.");
        }

        var (parent, problem) = await FindParentAsync(parentKey, ct);
        if (problem is not null)
        {
            return problem;
        }

        return await InsertAsync(new MediaItem { Key = Guid.NewGuid(), MediaType = MediaTypes.Folder, Name = clean }, parent, actor, ct);
    }

    /// <summary>
    /// Validates and stores an upload: field checks, then the magic-byte allow-list, the size cap, and for
    /// images the structure, header caps, decode and metadata-free re-encode. Only then is anything written.
    /// </summary>
    public async Task<MediaResult> UploadAsync(MediaUpload upload, string actor, CancellationToken ct = default)
    {
        var content = upload.Content;
        if (!content.CanSeek)
        {
            throw new ArgumentException("The upload stream must be seekable.", nameof(upload));
        }

        string? name = null;
        if (upload.Name is not null && (name = MediaNames.SanitizeName(upload.Name)) is null)
        {
            return MediaResult.Invalid("name", "The name is empty once control characters are removed.");
        }

        if (upload.MediaType is { } requested && requested is not (MediaTypes.Image or MediaTypes.File or MediaTypes.Pdf))
        {
            return MediaResult.Invalid("mediaType", $"'{requested}' is not a media type for files; use {MediaTypes.Image}, {MediaTypes.Pdf} or {MediaTypes.File}.");
        }

        if (CheckAltText(upload.AltText) is { } altProblem)
        {
            return altProblem;
        }

        var (parent, parentProblem) = await FindParentAsync(upload.ParentKey, ct);
        if (parentProblem is not null)
        {
            return parentProblem;
        }

        content.Position = 0;
        var length = content.Length;
        if (length == 0)
        {
            return MediaResult.Invalid("file", "The file is empty.");
        }

        var header = new byte[MediaFileSniffer.HeaderLength];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var kind = MediaFileSniffer.Detect(header.AsSpan(0, headerLength));
        if (kind == MediaFileKind.Unknown)
        {
            return MediaResult.Fail(MediaOperationStatus.UnsupportedMediaType, "file",
                $"The file looks like {MediaFileSniffer.Describe(header.AsSpan(0, headerLength))}; only PNG, JPEG, GIF and WebP images and PDF documents are accepted.");
        }

        var isImage = kind != MediaFileKind.Pdf;
        var cap = isImage ? options.Value.MaxImageBytes : options.Value.MaxFileBytes;
        if (length > cap)
        {
            return MediaResult.Fail(MediaOperationStatus.TooLarge, "file", $"The file is {length:N0} bytes; {(isImage ? "images" : "PDF documents")} may be at most {cap:N0} bytes.");
        }

        var mediaType = isImage ? MediaTypes.Image : upload.MediaType == MediaTypes.File ? MediaTypes.File : MediaTypes.Pdf;
        if (upload.MediaType is { } asked && asked != mediaType)
        {
            return MediaResult.Invalid("mediaType", $"This file can only be stored as {(isImage ? MediaTypes.Image : $"{MediaTypes.Pdf} or {MediaTypes.File}")}.");
        }

        byte[]? bytes = null;
        int? width = null, height = null;
        if (isImage)
        {
            content.Position = 0;
            var data = new byte[length];
            await content.ReadExactlyAsync(data, ct);
            var image = await pipeline.PrepareUploadAsync(data, kind, ct);
            if (!image.Succeeded)
            {
                return MediaResult.Fail(image.Status, "file", image.Message!);
            }

            (bytes, width, height) = (image.Bytes, image.Width, image.Height);
        }
        else if (!await EndsLikePdfAsync(content, length, ct))
        {
            return MediaResult.Invalid("file", "The PDF is incomplete: it has no end-of-file marker.");
        }

        var extension = MediaFileSniffer.ExtensionOf(kind);
        var baseName = MediaNames.SanitizeFileBaseName(upload.FileName);
        string hash;
        if (bytes is not null)
        {
            hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        }
        else
        {
            content.Position = 0;
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        }

        var storageName = MediaStorageNames.New(extension);
        try
        {
            if (bytes is not null)
            {
                await using var stored = new MemoryStream(bytes, writable: false);
                await store.SaveAsync(storageName, stored, ct);
            }
            else
            {
                content.Position = 0;
                await store.SaveAsync(storageName, content, ct);
            }
        }
        catch (IOException ex)
        {
            logger.LogError(ex, "The media store could not write {StorageName}", storageName);
            return MediaResult.Fail(MediaOperationStatus.StorageFailed, "file", "The media store could not write the file (is the disk full?). Nothing was saved.");
        }

        var item = new MediaItem
        {
            Key = Guid.NewGuid(),
            MediaType = mediaType,
            Name = name ?? baseName ?? "Untitled",
            StorageName = storageName,
            FileName = (Slug.From(baseName ?? "") is { Length: > 0 } slug ? slug : "file") + "." + extension,
            OriginalFileName = (baseName ?? "file") + "." + extension,
            Extension = extension,
            Bytes = bytes?.LongLength ?? length,
            Width = width,
            Height = height,
            ContentHash = hash,
            AltText = isImage ? NullIfBlank(upload.AltText) : null,
        };
        try
        {
            return await InsertAsync(item, parent, actor, ct);
        }
        catch
        {
            // The row was never committed: the file must not outlive it.
            await store.DeleteAsync(storageName, CancellationToken.None);
            throw;
        }
    }

    public async Task<MediaResult> SetFocalPointAsync(Guid key, ImageFocalPoint? focalPoint, string actor, CancellationToken ct = default)
    {
        if (focalPoint is { IsValid: false })
        {
            return MediaResult.Invalid("focalPoint", "Left and top must be between 0 and 1.");
        }

        return await UpdateImageAsync(key, "focalPoint", item =>
        {
            item.FocalLeft = focalPoint?.Left;
            item.FocalTop = focalPoint?.Top;
        }, actor, ct);
    }

    /// <summary>Replaces the image's named crops.</summary>
    public async Task<MediaResult> SetCropsAsync(Guid key, IReadOnlyList<ImageCrop> crops, string actor, CancellationToken ct = default)
    {
        if (CheckCrops(crops) is { } problem)
        {
            return problem;
        }

        return await UpdateImageAsync(key, "crops", item => ReplaceCrops(item, crops), actor, ct);
    }

    public async Task<MediaResult> SetAltTextAsync(Guid key, string? altText, string actor, CancellationToken ct = default)
    {
        if (CheckAltText(altText) is { } problem)
        {
            return problem;
        }

        return await UpdateImageAsync(key, "altText", item => item.AltText = NullIfBlank(altText), actor, ct);
    }

    /// <summary>
    /// Applies a whole <see cref="MediaEdit"/> in one transaction: every field is checked first, so a refused
    /// edit changes nothing; a rename also rewrites the name paths below the item.
    /// </summary>
    public async Task<MediaResult> EditAsync(Guid key, MediaEdit edit, string actor, CancellationToken ct = default)
    {
        if (MediaNames.SanitizeName(edit.Name) is not { } name)
        {
            return MediaResult.Invalid("name", "The name is empty once control characters are removed.");
        }

        if (edit.FocalPoint is { IsValid: false })
        {
            return MediaResult.Invalid("focalPoint", "Left and top must be between 0 and 1.");
        }

        if ((CheckCrops(edit.Crops ?? []) ?? CheckAltText(edit.AltText)) is { } problem)
        {
            return problem;
        }

        var item = await db.Media.Include(m => m.Crops).FirstOrDefaultAsync(m => m.Key == key, ct);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (item.Version != edit.Version)
        {
            return new MediaResult(MediaOperationStatus.Conflict, item, "version", $"The item is at version {item.Version}; reload it and apply the edit again.");
        }

        if (item.MediaType != MediaTypes.Image)
        {
            var imageOnly = edit.FocalPoint is not null ? "focalPoint" : edit.Crops is { Count: > 0 } ? "crops" : !string.IsNullOrWhiteSpace(edit.AltText) ? "altText" : null;
            if (imageOnly is not null)
            {
                return MediaResult.Invalid(imageOnly, $"Only images have {imageOnly}; this item is a {item.MediaType}.");
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (item.Name != name)
        {
            await RenameInPlaceAsync(item, name, ct);
        }

        if (item.MediaType == MediaTypes.Image)
        {
            item.FocalLeft = edit.FocalPoint?.Left;
            item.FocalTop = edit.FocalPoint?.Top;
            ReplaceCrops(item, edit.Crops ?? []);
            item.AltText = NullIfBlank(edit.AltText);
        }

        Touch(item);
        AddOutbox(MediaEvents.Saved, item);
        AddAudit(actor, "save", item.Key, null);
        var result = await SaveAsync(item, ct);
        if (result.Succeeded)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    private async Task<MediaResult> UpdateImageAsync(Guid key, string field, Action<MediaItem> change, string actor, CancellationToken ct)
    {
        var item = await db.Media.Include(m => m.Crops).FirstOrDefaultAsync(m => m.Key == key, ct);
        if (item is null)
        {
            return MediaResult.NotFound();
        }

        if (item.MediaType != MediaTypes.Image)
        {
            return MediaResult.Invalid(field, $"Only images have {field}; this item is a {item.MediaType}.");
        }

        change(item);
        Touch(item);
        AddOutbox(MediaEvents.Saved, item);
        AddAudit(actor, "save", item.Key, field);
        return await SaveAsync(item, ct);
    }

    private async Task<MediaResult> InsertAsync(MediaItem item, MediaItem? parent, string actor, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        item.ParentId = parent?.Id;
        item.Level = (parent?.Level ?? 0) + 1;
        item.Name = await UniqueNameAsync(item.ParentId, item.Name, null, ct);
        item.NamePath = (parent?.NamePath ?? "/") + item.Name.ToLowerInvariant() + "/";
        item.SortOrder = await NextSortOrderAsync(item.ParentId, ct);
        item.CreateDate = item.UpdateDate = Now;
        db.Media.Add(item);
        AddOutbox(MediaEvents.Saved, item);
        AddAudit(actor, "create", item.Key, item.MediaType);
        await db.SaveChangesAsync(ct);
        item.Path = (parent?.Path ?? "-1") + "," + item.Id;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return MediaResult.Ok(item);
    }

    private async Task<MediaResult> SaveAsync(MediaItem item, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new MediaResult(MediaOperationStatus.Conflict, Message: "The media item was changed by someone else; reload it and try again.");
        }

        notifier.Notify();
        return MediaResult.Ok(item);
    }

    private async Task<(MediaItem? Parent, MediaResult? Problem)> FindParentAsync(Guid? parentKey, CancellationToken ct)
    {
        if (parentKey is not { } key)
        {
            return (null, null);
        }

        var parent = await db.Media.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (parent is null)
        {
            return (null, MediaResult.Invalid("parentId", "The parent folder does not exist."));
        }

        if (parent.Trashed)
        {
            return (null, MediaResult.Invalid("parentId", "The parent folder is in the recycle bin."));
        }

        return parent.MediaType == MediaTypes.Folder ? (parent, null) : (null, MediaResult.Invalid("parentId", "Media can only be placed in folders."));
    }

    /// <summary>Umbraco's rule for sibling names: a clash gets " (1)", " (2)", … so name paths stay unique.</summary>
    private async Task<string> UniqueNameAsync(long? parentId, string name, long? exceptId, CancellationToken ct)
    {
        var taken = (await db.Media.Where(m => m.ParentId == parentId && !m.Trashed && m.Id != exceptId).Select(m => m.Name).ToListAsync(ct))
            .Select(n => n.ToLowerInvariant())
            .ToHashSet();
        if (!taken.Contains(name.ToLowerInvariant()))
        {
            return name;
        }

        for (var i = 1; ; i++)
        {
            var candidate = $"{name} ({i})";
            if (!taken.Contains(candidate.ToLowerInvariant()))
            {
                return candidate;
            }
        }
    }

    private async Task<int> NextSortOrderAsync(long? parentId, CancellationToken ct) =>
        (await db.Media.Where(m => m.ParentId == parentId && !m.Trashed).MaxAsync(m => (int?)m.SortOrder, ct) ?? -1) + 1;

    private static async Task<bool> EndsLikePdfAsync(Stream content, long length, CancellationToken ct)
    {
        var tail = new byte[(int)Math.Min(1024, length)];
        content.Position = length - tail.Length;
        await content.ReadExactlyAsync(tail, ct);
        return tail.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }

    private static MediaResult? CheckAltText(string? altText)
    {
        if (altText is null)
        {
            return null;
        }

        if (altText.Length > MaxAltTextLength)
        {
            return MediaResult.Invalid("altText", $"Alt text may be at most {MaxAltTextLength} characters.");
        }

        return altText.Any(char.IsControl) ? MediaResult.Invalid("altText", "Alt text may not contain control characters or line breaks.") : null;
    }

    private MediaResult? CheckCrops(IReadOnlyList<ImageCrop> crops)
    {
        var caps = imaging.Value.Resize;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var crop in crops)
        {
            // Crops arrive from JSON: an element or its alias may be missing despite the record's types.
            if (crop?.Alias is null || !IsAlias(crop.Alias))
            {
                return MediaResult.Invalid("crops", $"'{crop?.Alias}' is not a valid crop alias (a letter, then letters, digits, '-' or '_', at most 100).");
            }

            if (!seen.Add(crop.Alias))
            {
                return MediaResult.Invalid("crops", $"The crop alias '{crop.Alias}' is used twice.");
            }

            if (crop.Width < 1 || crop.Height < 1 || crop.Width >= caps.MaxWidth || crop.Height >= caps.MaxHeight)
            {
                return MediaResult.Invalid("crops", $"Crop '{crop.Alias}' must be between 1 × 1 and {caps.MaxWidth - 1} × {caps.MaxHeight - 1} pixels.");
            }

            if (crop.Coordinates is { IsValid: false })
            {
                return MediaResult.Invalid("crops", $"Crop '{crop.Alias}' has coordinates outside 0–1 or with nothing left between the edges.");
            }
        }

        return null;
    }

    private static void ReplaceCrops(MediaItem item, IReadOnlyList<ImageCrop> crops)
    {
        item.Crops.Clear();
        item.Crops.AddRange(crops.Select(c => new MediaCrop
        {
            Alias = c.Alias,
            Width = c.Width,
            Height = c.Height,
            X1 = c.Coordinates?.X1,
            Y1 = c.Coordinates?.Y1,
            X2 = c.Coordinates?.X2,
            Y2 = c.Coordinates?.Y2,
        }));
    }

    private static bool IsAlias(string alias) =>
        alias.Length is > 0 and <= 100 && char.IsAsciiLetter(alias[0]) && alias.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void Touch(MediaItem item)
    {
        item.Version++;
        item.UpdateDate = Now;
    }

    private void AddAudit(string actor, string action, Guid? key, string? details) =>
        db.Audit.Add(new AuditEntry { Utc = Now, Actor = actor, Action = "media." + action, EntityKey = key, Details = details });

    private void AddOutbox(string eventName, MediaItem item) =>
        db.Outbox.Add(new OutboxMessage { Event = eventName, EntityKey = item.Key, ContentType = item.MediaType, Cultures = "*", CreatedUtc = Now });
}
