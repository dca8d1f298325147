using ICDiplomacy.Web.Cms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// Media routes: <c>/media/...</c> files (middleware, see <see cref="UseMediaFiles"/>), the Media Delivery API,
/// and the management API's upload. Until backoffice authentication exists, the management routes need the
/// <c>Api-Key</c> header to equal <c>Media:UploadKey</c>; an empty key turns them off (401).
/// </summary>
public static class MediaEndpoints
{
    private const string Actor = "management-api";

    /// <summary>Serves <c>/media/...</c>; call it before UseStaticFiles so wwwroot can never answer for a media URL.</summary>
    public static IApplicationBuilder UseMediaFiles(this IApplicationBuilder app) => app.UseMiddleware<MediaFileMiddleware>();

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMediaDeliveryEndpoints();

        var limit = app.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.MaxRequestBytes;
        var management = app.MapGroup("/umbraco/management/api/v1/media")
            .WithTags("Media management")
            .AddEndpointFilter(RequireUploadKeyAsync);
        management.MapPost("", UploadAsync)
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .DisableAntiforgery();
        management.MapGet("/{id:guid}", GetAsync);
        return app;
    }

    private static async Task<Results<Created<MediaItemResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request,
        MediaService media,
        IOptions<MediaOptions> options,
        CmsPaths paths,
        CancellationToken ct)
    {
        await using var form = await MediaUploadForm.ReadAsync(request, options.Value, Path.Combine(paths.DataDirectory, "tmp", "uploads"), ct);
        if (form.Problem is { } refused)
        {
            return ToProblem(refused);
        }

        Guid? parentKey = null;
        if (form.Fields.TryGetValue("parentId", out var parent) && !string.IsNullOrWhiteSpace(parent))
        {
            if (!Guid.TryParse(parent, out var key))
            {
                return ToProblem(MediaResult.Invalid("parentId", "The parent id is not a GUID."));
            }

            parentKey = key;
        }

        var upload = new MediaUpload(form.File!, form.FileName)
        {
            Name = form.Fields.GetValueOrDefault("name"),
            ParentKey = parentKey,
            MediaType = form.Fields.GetValueOrDefault("mediaType") is { Length: > 0 } type ? type : null,
            AltText = form.Fields.GetValueOrDefault("altText"),
        };
        var result = await media.UploadAsync(upload, Actor, ct);
        return result is { Succeeded: true, Item: { } item }
            ? TypedResults.Created($"/umbraco/management/api/v1/media/{item.Key}", MediaDeliveryService.ToResponse(item))
            : ToProblem(result);
    }

    private static async Task<Results<Ok<MediaItemResponse>, NotFound>> GetAsync(Guid id, MediaDeliveryService media, CancellationToken ct) =>
        await media.GetByKeyAsync(id, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async ValueTask<object?> RequireUploadKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.RequestServices.GetRequiredService<IOptionsMonitor<MediaOptions>>().CurrentValue.UploadKey;
        if (!MediaDeliveryEndpoints.HasValidKey(http.Request, key))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: string.IsNullOrEmpty(key)
                    ? "Media uploads are disabled: Media:UploadKey is not configured."
                    : "Send the upload key in the Api-Key header.");
        }

        return await next(context);
    }

    /// <summary>The media feature's one status → RFC 9457 mapping; every problem names the field at fault.</summary>
    private static Results<Created<MediaItemResponse>, ValidationProblem, ProblemHttpResult> ToProblem(MediaResult result)
    {
        var field = result.Field ?? "id";
        var message = result.Message ?? "The request was refused.";
        if (result.Status == MediaOperationStatus.Invalid)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "The upload was refused");
        }

        var (status, title) = result.Status switch
        {
            MediaOperationStatus.TooLarge => (StatusCodes.Status413PayloadTooLarge, "Upload too large"),
            MediaOperationStatus.UnsupportedMediaType => (StatusCodes.Status415UnsupportedMediaType, "Unsupported file type"),
            MediaOperationStatus.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            MediaOperationStatus.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            MediaOperationStatus.Busy => (StatusCodes.Status503ServiceUnavailable, "Image service busy"),
            MediaOperationStatus.StorageFailed => (StatusCodes.Status507InsufficientStorage, "Storage failed"),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected outcome"),
        };
        return TypedResults.Problem(detail: message, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
    }
}
