using System.Text.Json;
using ICDiplomacy.Web.DeliveryApi.Caching;
using ICDiplomacy.Web.DeliveryApi.Rendering;
using ICDiplomacy.Web.Media;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>
/// The Media Delivery API v2 (reference §1.9): Umbraco's routes, shapes and status codes over the media
/// library's <see cref="MediaDeliveryService"/>. Public answers are output-cached like content answers.
/// </summary>
public static class MediaDeliveryEndpoints
{
    public static IEndpointRouteBuilder MapMediaDeliveryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DeliveryApiEndpoints.BasePath + "/media")
            .WithTags("Media")
            .AddEndpointFilter(CheckAccessAsync)
            .CacheOutput(MediaOutputCachePolicy.Name)
            .RequireCors(DeliveryApiModule.CorsPolicy);

        group.MapGet("", QueryAsync)
            .WithSummary("Lists the children of a media folder, filtered, sorted and paged.")
            .WithDescription("fetch=children:/ (the media root), children:{id} or children:{path} is required; filter=mediaType:{alias} or name:{text}; sort=createDate|updateDate|name|sortOrder:asc|desc; take at most 100.");
        group.MapGet("/item/{id:guid}", ByIdAsync).WithSummary("Gets a media item by id.");
        group.MapGet("/item/{*path}", ByPathAsync).WithSummary("Gets a media item by its path of names from the media root.");
        group.MapGet("/items", ItemsAsync).WithSummary("Gets several media items by id; unknown ids are left out.");
        return app;
    }

    private static async Task<Results<ContentJsonResult, ProblemHttpResult>> QueryAsync(
        HttpContext http,
        MediaDeliveryService media,
        string? fetch,
        [FromQuery] string[]? filter,
        [FromQuery] string[]? sort,
        int? skip,
        int? take,
        CancellationToken ct)
    {
        var result = await media.QueryAsync(fetch, filter ?? [], sort ?? [], skip ?? 0, take ?? 10, ct);
        return result.Page is { } page
            ? Json(http, page)
            : TypedResults.Problem(detail: result.ErrorDetail, statusCode: StatusCodes.Status400BadRequest, title: result.ErrorTitle);
    }

    private static async Task<Results<ContentJsonResult, NotFound>> ByIdAsync(HttpContext http, Guid id, MediaDeliveryService media, CancellationToken ct) =>
        await media.GetByKeyAsync(id, ct) is { } item ? Json(http, item) : TypedResults.NotFound();

    private static async Task<Results<ContentJsonResult, NotFound>> ByPathAsync(HttpContext http, string? path, MediaDeliveryService media, CancellationToken ct) =>
        await media.GetByPathAsync(path, ct) is { } item ? Json(http, item) : TypedResults.NotFound();

    private static async Task<Results<ContentJsonResult, ProblemHttpResult>> ItemsAsync(
        HttpContext http,
        [FromQuery(Name = "id")] Guid[]? ids,
        MediaDeliveryService media,
        CancellationToken ct)
    {
        if (ids is { Length: > MediaDeliveryService.MaxItems })
        {
            return TypedResults.Problem(detail: $"At most {MediaDeliveryService.MaxItems} ids per request.", statusCode: StatusCodes.Status400BadRequest, title: "Too many ids");
        }

        return Json(http, await media.GetItemsAsync(ids ?? [], ct));
    }

    /// <summary>Umbraco's media access rule: off → 401; public only when the API and media are both public; otherwise the key.</summary>
    private static async ValueTask<object?> CheckAccessAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<DeliveryApiOptions>>().Value;
        if (!options.Enabled)
        {
            return TypedResults.NotFound();
        }

        if (!options.Media.Enabled)
        {
            return TypedResults.Unauthorized();
        }

        if (!options.MediaIsPublic() && DeliveryRequest.Of(http).KeyState != ApiKeyState.Valid)
        {
            return TypedResults.Unauthorized();
        }

        return await next(context);
    }

    /// <summary>
    /// Every media answer carries the media API tag: names, paths and folder membership of any item can change
    /// with a rename or move higher up, so one media change refreshes all cached media answers.
    /// </summary>
    private static ContentJsonResult Json<T>(HttpContext http, T value)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<DeliveryApiOptions>>().Value;
        var isPublic = options.MediaIsPublic() && DeliveryRequest.Of(http).KeyState == ApiKeyState.None;
        var cacheControl = isPublic ? $"public, max-age={(int)options.OutputCache.ClientMaxAge.TotalSeconds}" : "no-store";
        return new ContentJsonResult(JsonSerializer.SerializeToUtf8Bytes(value, DeliveryJson.Options), [DeliveryCacheTags.All, DeliveryCacheTags.MediaApi], cacheControl);
    }
}
