using System.Security.Claims;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Media;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RequestSizeLimitAttribute = Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>
/// The media section of the management API (bearer token): upload, folders, reads, edits, tree operations
/// and the recycle bin, over <see cref="MediaService"/>. Writers may change media but not trash or delete it.
/// </summary>
public static class MediaManagementEndpoints
{
    private const long MaxJsonBytes = 1024 * 1024;
    private const int MaxTake = 500;

    private static readonly Dictionary<string, string> MoveFields = new() { ["parentId"] = "target" };
    private static readonly Dictionary<string, string> ParentFields = new() { ["parentId"] = "parent" };

    public static IEndpointRouteBuilder MapMediaManagementEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/umbraco/management/api/v1").WithTags("Media management");
        var uploadLimit = app.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.MaxRequestBytes;

        var media = api.MapGroup("").RequireAuthorization(BackofficeModule.MediaPolicy);
        media.MapPost("/media", UploadAsync).WithMetadata(new RequestSizeLimitAttribute(uploadLimit)).DisableAntiforgery();
        var json = media.MapGroup("").WithMetadata(new RequestSizeLimitAttribute(MaxJsonBytes));
        json.MapPost("/media/folder", CreateFolderAsync);
        json.MapGet("/media/{id:guid}", GetAsync);
        json.MapPut("/media/{id:guid}", UpdateAsync);
        json.MapPut("/media/{id:guid}/move", MoveAsync);
        json.MapPut("/media/sort", SortAsync);
        json.MapGet("/tree/media/root", RootAsync);
        json.MapGet("/tree/media/children", ChildrenAsync);
        json.MapGet("/recycle-bin/media/root", RecycleBinAsync);

        var destructive = api.MapGroup("").RequireAuthorization(BackofficeModule.PublisherPolicy).WithMetadata(new RequestSizeLimitAttribute(MaxJsonBytes));
        destructive.MapPut("/media/{id:guid}/move-to-recycle-bin", TrashAsync);
        destructive.MapPut("/recycle-bin/media/{id:guid}/restore", RestoreAsync);
        destructive.MapDelete("/recycle-bin/media/{id:guid}", DeleteAsync);
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, MediaService media, IOptions<MediaOptions> options, CmsPaths paths, ClaimsPrincipal user, CancellationToken ct)
    {
        await using var form = await MediaUploadForm.ReadAsync(request, options.Value, Path.Combine(paths.DataDirectory, "tmp", "uploads"), ct);
        if (form.Problem is { } refused)
        {
            return MediaProblems.ToHttp(refused, r => Created(r, null));
        }

        Guid? parentKey = null;
        if (form.Fields.TryGetValue("parentId", out var parent) && !string.IsNullOrWhiteSpace(parent))
        {
            if (!Guid.TryParse(parent, out var key))
            {
                return MediaProblems.ToHttp(MediaResult.Invalid("parentId", "The parent id is not a GUID."), r => Created(r, null));
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
        return MediaProblems.ToHttp(await media.UploadAsync(upload, Actor(user), ct), r => Created(r, parentKey));
    }

    private static async Task<IResult> CreateFolderAsync(CreateMediaFolderRequest request, MediaService media, ClaimsPrincipal user, CancellationToken ct) =>
        MediaProblems.ToHttp(await media.CreateFolderAsync(request.Name ?? "", request.Parent?.Id, Actor(user), ct), r => Created(r, request.Parent?.Id), ParentFields);

    private static async Task<Results<Ok<MediaManagementResponse>, NotFound>> GetAsync(Guid id, CmsDbContext db, CancellationToken ct)
    {
        var item = await db.Media.AsNoTracking().Include(m => m.Crops).FirstOrDefaultAsync(m => m.Key == id, ct);
        return item is null ? TypedResults.NotFound() : TypedResults.Ok((await ToResponsesAsync(db, [item], ct))[0]);
    }

    private static async Task<IResult> UpdateAsync(Guid id, UpdateMediaRequest request, MediaService media, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.Version is not { } version)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Give the version the edit is based on (from GET)."] });
        }

        var edit = new MediaEdit(version, request.Name ?? "", request.FocalPoint, request.Crops, request.AltText);
        return MediaProblems.ToHttp(await media.EditAsync(id, edit, Actor(user), ct), OkItem);
    }

    private static async Task<IResult> MoveAsync(Guid id, MoveMediaRequest request, MediaService media, ClaimsPrincipal user, CancellationToken ct) =>
        MediaProblems.ToHttp(await media.MoveAsync(id, request.Target?.Id, Actor(user), ct), OkItem, MoveFields);

    private static async Task<IResult> SortAsync(SortMediaRequest request, MediaService media, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.Sorting is null || request.Sorting.Any(s => s is null))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sorting"] = ["List the folder's items in their new order: [{ \"id\": \"…\" }]."] });
        }

        return MediaProblems.ToHttp(await media.SortAsync(request.Parent?.Id, request.Sorting.Select(s => s.Id).ToList(), Actor(user), ct),
            _ => TypedResults.Ok(new OperationResponse(request.Parent?.Id, null)), ParentFields);
    }

    private static async Task<IResult> TrashAsync(Guid id, MediaService media, ClaimsPrincipal user, CancellationToken ct) =>
        MediaProblems.ToHttp(await media.TrashAsync(id, Actor(user), ct), OkItem);

    private static async Task<IResult> RestoreAsync(Guid id, MoveMediaRequest? request, MediaService media, ClaimsPrincipal user, CancellationToken ct) =>
        MediaProblems.ToHttp(await media.RestoreAsync(id, Actor(user), request?.Target?.Id, ct), OkItem, MoveFields);

    private static async Task<IResult> DeleteAsync(Guid id, MediaService media, ClaimsPrincipal user, CancellationToken ct) =>
        MediaProblems.ToHttp(await media.DeleteFromRecycleBinAsync(id, Actor(user), ct), _ => TypedResults.NoContent());

    private static Task<IResult> RootAsync(CmsDbContext db, int? skip, int? take, CancellationToken ct) =>
        PageAsync(db, db.Media.Where(m => m.ParentId == null && !m.Trashed), skip, take, ct);

    private static async Task<IResult> ChildrenAsync(CmsDbContext db, Guid? parentId, int? skip, int? take, CancellationToken ct)
    {
        if (parentId is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parentId"] = ["Name the folder (parentId); the root is /tree/media/root."] });
        }

        var parent = await db.Media.AsNoTracking().Where(m => m.Key == parentId).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
        return parent is null
            ? TypedResults.Problem(title: "Not found", detail: "The folder does not exist.", statusCode: StatusCodes.Status404NotFound)
            : await PageAsync(db, db.Media.Where(m => m.ParentId == parent && !m.Trashed), skip, take, ct);
    }

    /// <summary>The top of each trashed branch: trashed items whose parent is not itself in the bin.</summary>
    private static Task<IResult> RecycleBinAsync(CmsDbContext db, int? skip, int? take, CancellationToken ct) =>
        PageAsync(db, db.Media.Where(m => m.Trashed && (m.ParentId == null || !db.Media.Any(p => p.Id == m.ParentId && p.Trashed))), skip, take, ct);

    private static async Task<IResult> PageAsync(CmsDbContext db, IQueryable<MediaItem> query, int? skip, int? take, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (skip < 0)
        {
            errors["skip"] = ["skip must be 0 or more."];
        }

        if (take is < 1 or > MaxTake)
        {
            errors["take"] = [$"take must be between 1 and {MaxTake}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var total = await query.LongCountAsync(ct);
        var items = await query.AsNoTracking().OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Skip(skip ?? 0).Take(take ?? 100).Include(m => m.Crops).ToListAsync(ct);
        return TypedResults.Ok(new PagedResponse<MediaManagementResponse>(total, await ToResponsesAsync(db, items, ct)));
    }

    private static async Task<List<MediaManagementResponse>> ToResponsesAsync(CmsDbContext db, IReadOnlyList<MediaItem> items, CancellationToken ct)
    {
        var parentIds = items.Where(m => m.ParentId is not null).Select(m => m.ParentId!.Value).Distinct().ToList();
        var parentKeys = parentIds.Count == 0
            ? []
            : await db.Media.AsNoTracking().Where(m => parentIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Key, ct);
        return items.Select(m => ToResponse(m, m.ParentId is { } p && parentKeys.TryGetValue(p, out var key) ? key : null)).ToList();
    }

    private static MediaManagementResponse ToResponse(MediaItem m, Guid? parentKey)
    {
        var delivery = MediaDeliveryService.ToResponse(m);
        return new MediaManagementResponse(
            m.Key,
            m.Name,
            m.MediaType,
            parentKey is { } p ? new ReferenceById(p) : null,
            m.Trashed,
            m.SortOrder,
            m.Version,
            m.NamePath,
            delivery.Url,
            m.Extension,
            m.Width,
            m.Height,
            m.Bytes,
            delivery.FocalPoint,
            delivery.Crops,
            m.AltText,
            m.CreateDate,
            m.UpdateDate);
    }

    private static IResult Created(MediaResult result, Guid? parentKey) =>
        TypedResults.Created($"/umbraco/management/api/v1/media/{result.Item!.Key}", ToResponse(result.Item, parentKey));

    private static IResult OkItem(MediaResult result) => TypedResults.Ok(new OperationResponse(result.Item!.Key, result.Item.Version));

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
