using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// A multipart upload read by hand rather than by form binding, so every limit is ours: the declared length,
/// the number of sections, header sizes, field sizes and the file's size while it streams into a temp file
/// that deletes itself on close. A refused request leaves nothing behind.
/// </summary>
public sealed class MediaUploadForm : IAsyncDisposable
{
    public const string FileField = "file";
    private const int MaxFieldLength = 4096;

    private MediaUploadForm(FileStream? file, string? fileName, Dictionary<string, string> fields, MediaResult? problem)
    {
        File = file;
        FileName = fileName;
        Fields = fields;
        Problem = problem;
    }

    /// <summary>The uploaded bytes in a temp file, positioned at 0; null when the request had no file.</summary>
    public FileStream? File { get; }

    public string? FileName { get; }

    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>Why the request was refused before the media service saw it.</summary>
    public MediaResult? Problem { get; }

    public static async Task<MediaUploadForm> ReadAsync(HttpRequest request, MediaOptions options, string tempDirectory, CancellationToken ct)
    {
        var limit = options.MaxRequestBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        if (request.ContentLength > limit)
        {
            return Refuse(MediaOperationStatus.TooLarge, FileField, $"The request is {request.ContentLength:N0} bytes; uploads may be at most {limit:N0} bytes.");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return Refuse(MediaOperationStatus.UnsupportedMediaType, "Content-Type", "Send the upload as multipart/form-data with a 'file' part.");
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        FileStream? file = null;
        string? fileName = null;
        var sections = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (++sections > options.MaxMultipartSections)
                {
                    return await RefuseAsync(file, MediaOperationStatus.TooLarge, FileField, $"The request has more than {options.MaxMultipartSections} parts.");
                }

                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
                {
                    return await RefuseAsync(file, MediaOperationStatus.Invalid, FileField, "Every part needs a form-data Content-Disposition with a name.");
                }

                if (!disposition.IsFileDisposition())
                {
                    var value = await ReadFieldAsync(section.Body, ct);
                    if (value is null)
                    {
                        return await RefuseAsync(file, MediaOperationStatus.Invalid, name, $"The field is longer than {MaxFieldLength} bytes.");
                    }

                    fields[name] = value;
                    continue;
                }

                if (!name.Equals(FileField, StringComparison.OrdinalIgnoreCase) || file is not null)
                {
                    return await RefuseAsync(file, MediaOperationStatus.Invalid, name, "Send exactly one file, in the part named 'file'.");
                }

                fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value is { Length: > 0 } star ? star : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                Directory.CreateDirectory(tempDirectory);
                file = new FileStream(Path.Combine(tempDirectory, $"upload-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
                    FileOptions.Asynchronous | FileOptions.DeleteOnClose);
                if (!await CopyLimitedAsync(section.Body, file, Math.Max(options.MaxImageBytes, options.MaxFileBytes), ct))
                {
                    return await RefuseAsync(file, MediaOperationStatus.TooLarge, FileField,
                        $"The file is larger than {Math.Max(options.MaxImageBytes, options.MaxFileBytes):N0} bytes.");
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await RefuseAsync(file, MediaOperationStatus.TooLarge, FileField, $"The request is larger than {limit:N0} bytes.");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return await RefuseAsync(file, MediaOperationStatus.Invalid, FileField, "The multipart body is malformed or was cut off.");
        }

        if (file is null)
        {
            return Refuse(MediaOperationStatus.Invalid, FileField, "The request has no file; send it in the part named 'file'.");
        }

        file.Position = 0;
        return new MediaUploadForm(file, fileName, fields, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (File is not null)
        {
            await File.DisposeAsync();
        }
    }

    private static MediaUploadForm Refuse(MediaOperationStatus status, string field, string message) =>
        new(null, null, [], MediaResult.Fail(status, field, message));

    private static async Task<MediaUploadForm> RefuseAsync(FileStream? file, MediaOperationStatus status, string field, string message)
    {
        if (file is not null)
        {
            await file.DisposeAsync();
        }

        return Refuse(status, field, message);
    }

    private static async Task<bool> CopyLimitedAsync(Stream source, Stream target, long max, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > max)
            {
                return false;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        await target.FlushAsync(ct);
        return true;
    }

    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[MaxFieldLength + 1];
        var length = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        return length > MaxFieldLength ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }
}
