using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Media;

/// <summary>The Media Delivery API v2 (reference §1.9): Umbraco's routes, shapes and status codes.</summary>
public static class MediaDeliveryEndpoints
{
    public const string ApiKeyHeader = "Api-Key";

    public static IEndpointRouteBuilder MapMediaDeliveryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/umbraco/delivery/api/v2/media")
            .WithTags("Media")
            .AddEndpointFilter(CheckAccessAsync);

        group.MapGet("", QueryAsync)
            .WithSummary("Lists the children of a media folder, filtered, sorted and paged.")
            .WithDescription("fetch=children:/ (the media root), children:{id} or children:{path} is required; filter=mediaType:{alias} or name:{text}; sort=createDate|updateDate|name|sortOrder:asc|desc; take at most 100.");
        group.MapGet("/item/{id:guid}", ByIdAsync).WithSummary("Gets a media item by id.");
        group.MapGet("/item/{*path}", ByPathAsync).WithSummary("Gets a media item by its path of names from the media root.");
        group.MapGet("/items", ItemsAsync).WithSummary("Gets several media items by id; unknown ids are left out.");
        return app;
    }

    private static async Task<Results<Ok<MediaPagedResponse>, ProblemHttpResult>> QueryAsync(
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
            ? TypedResults.Ok(page)
            : TypedResults.Problem(detail: result.ErrorDetail, statusCode: StatusCodes.Status400BadRequest, title: result.ErrorTitle);
    }

    private static async Task<Results<Ok<MediaItemResponse>, NotFound>> ByIdAsync(Guid id, MediaDeliveryService media, CancellationToken ct) =>
        await media.GetByKeyAsync(id, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<Ok<MediaItemResponse>, NotFound>> ByPathAsync(string? path, MediaDeliveryService media, CancellationToken ct) =>
        await media.GetByPathAsync(path, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<MediaItemResponse>>, ProblemHttpResult>> ItemsAsync(
        [FromQuery(Name = "id")] Guid[]? ids,
        MediaDeliveryService media,
        CancellationToken ct)
    {
        if (ids is { Length: > MediaDeliveryService.MaxItems })
        {
            return TypedResults.Problem(detail: $"At most {MediaDeliveryService.MaxItems} ids per request.", statusCode: StatusCodes.Status400BadRequest, title: "Too many ids");
        }

        return TypedResults.Ok(await media.GetItemsAsync(ids ?? [], ct));
    }

    /// <summary>Umbraco's media access rule: off → 401; public only when the API and media are both public; otherwise the key.</summary>
    private static async ValueTask<object?> CheckAccessAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<MediaDeliveryOptions>>().CurrentValue;
        if (!options.Enabled)
        {
            return TypedResults.NotFound();
        }

        if (!options.Media.Enabled)
        {
            return TypedResults.Unauthorized();
        }

        if (!(options.PublicAccess && options.Media.PublicAccess) && !HasValidKey(http.Request, options.ApiKey))
        {
            return TypedResults.Unauthorized();
        }

        return await next(context);
    }

    internal static bool HasValidKey(HttpRequest request, string? expected)
    {
        if (string.IsNullOrEmpty(expected) || request.Headers[ApiKeyHeader].ToString() is not { Length: > 0 } sent)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
