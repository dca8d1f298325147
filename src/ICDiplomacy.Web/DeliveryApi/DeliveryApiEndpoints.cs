using System.ComponentModel;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.DeliveryApi.Caching;
using ICDiplomacy.Web.DeliveryApi.OpenApi;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.DeliveryApi.Rendering;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>Umbraco's Content Delivery API v2 routes (reference §1.2).</summary>
public static class DeliveryApiEndpoints
{
    public const string BasePath = "/umbraco/delivery/api/v2";
    public const string StartItemNotFoundMessage = "The Start-Item could not be found";
    private const int DefaultTake = 10;
    private const string VaryHeader = "Accept-Language, Preview, Start-Item";

    public static IEndpointRouteBuilder MapDeliveryApiEndpoints(this IEndpointRouteBuilder app)
    {
        var content = app.MapGroup(BasePath + "/content")
            .WithGroupName(DeliveryApiOpenApi.DocumentName)
            .WithTags("Content")
            .AddEndpointFilter(CheckAccessAsync)
            .CacheOutput(DeliveryOutputCachePolicy.Name)
            .RequireCors(DeliveryApiModule.CorsPolicy);

        content.MapGet("", QueryAsync)
            .WithName("GetContent20")
            .WithSummary("Gets a paged list of content items: fetch (ancestors, children, descendants), filter, sort, skip and take.")
            .Produces<ApiPagedContentResponse>(StatusCodes.Status200OK, ContentJsonResult.JsonContentType);
        content.MapGet("item/{id:guid}", ItemByIdAsync)
            .WithName("GetContentItemById20")
            .WithSummary("Gets a content item by id.")
            .Produces<ApiContentResponse>(StatusCodes.Status200OK, ContentJsonResult.JsonContentType);
        content.MapGet("item/{*path}", ItemByPathAsync)
            .WithName("GetContentItemByPath20")
            .WithSummary("Gets a content item by route; old routes recorded by redirect tracking answer 301.")
            .Produces<ApiContentResponse>(StatusCodes.Status200OK, ContentJsonResult.JsonContentType);
        content.MapGet("items", ItemsAsync)
            .WithName("GetContentItems20")
            .WithSummary("Gets content items by id; unknown or unpublished ids are left out.")
            .Produces<ApiContentResponse[]>(StatusCodes.Status200OK, ContentJsonResult.JsonContentType);

        app.MapMediaDeliveryEndpoints();
        DeliveryApiOpenApi.Map(app);
        return app;
    }

    private static async Task<Results<ContentJsonResult, NotFound<string>, ProblemHttpResult>> QueryAsync(
        DeliveryRequest request,
        DeliveryContentStore store,
        ContentRenderer renderer,
        IOptions<DeliveryApiOptions> options,
        [Description("Selector: ancestors:{id or path}, children:{id or path} or descendants:{id or path}.")] string? fetch,
        [Description("Filter options, AND-ed; see the document description for the list.")] string[]? filter,
        [Description("Sort options applied in order: createDate, updateDate, level, name, sortOrder or path, each followed by :asc or :desc.")] string[]? sort,
        [Description("Items to skip (default 0).")] int? skip,
        [Description("Items to return (default 10, at most 100).")] int? take,
        [Description("Properties to expand: properties[$all], properties[a,b] or nested properties[a[properties[x]]].")] string? expand,
        [Description("Properties to include: properties[$all], properties[a,b] or nested.")] string? fields,
        CancellationToken ct)
    {
        var s = skip ?? 0;
        var t = take ?? DefaultTake;
        if (s < 0 || t < 0 || t > DeliveryApiOptions.MaxTake)
        {
            return TypedResults.Problem(
                title: "Invalid paging",
                detail: $"'skip' must be 0 or more and 'take' between 0 and {DeliveryApiOptions.MaxTake}.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var (expandSelection, fieldsSelection, problem) = ParseSelections(expand, fields);
        if (problem is not null)
        {
            return problem;
        }

        var start = await store.ResolveStartItemAsync(request, ct);
        if (start.NotFound)
        {
            return TypedResults.NotFound(StartItemNotFoundMessage);
        }

        var result = await store.QueryAsync(new ContentQuery(fetch, filter ?? [], sort ?? [], s, t), request, start.Root, ct);
        if (result.Status != ContentQueryStatus.Success)
        {
            return TypedResults.Problem(title: QueryProblemTitle(result.Status), detail: result.Detail, statusCode: StatusCodes.Status400BadRequest);
        }

        // The query already leaves protected branches out; checking each rendered item again keeps any other way of
        // finding the page (an index, a cache) from ever serialising one.
        var items = new List<ContentRow>(result.Items.Count);
        foreach (var item in result.Items)
        {
            if (await store.IsListableAsync(item.Path, request, ct))
            {
                items.Add(item);
            }
        }

        var session = await renderer.PrepareAsync(items, request, expandSelection, fieldsSelection, ct);
        return Json(renderer.RenderPage(result.Total, items, session), request, session, start.Root, routing: true, options.Value);
    }

    private static async Task<Results<ContentJsonResult, NotFound, NotFound<string>, ProblemHttpResult>> ItemByIdAsync(
        Guid id,
        DeliveryRequest request,
        DeliveryContentStore store,
        ContentRenderer renderer,
        IOptions<DeliveryApiOptions> options,
        [Description("Properties to expand: properties[$all], properties[a,b] or nested.")] string? expand,
        [Description("Properties to include: properties[$all], properties[a,b] or nested.")] string? fields,
        CancellationToken ct)
    {
        var (expandSelection, fieldsSelection, problem) = ParseSelections(expand, fields);
        if (problem is not null)
        {
            return problem;
        }

        var start = await store.ResolveStartItemAsync(request, ct);
        if (start.NotFound)
        {
            return TypedResults.NotFound(StartItemNotFoundMessage);
        }

        var row = await store.ByKeyAsync(id, request, ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        if (AccessProblem(await store.AccessAsync(row, request, ct)) is { } denied)
        {
            return denied;
        }

        var session = await renderer.PrepareAsync([row], request, expandSelection, fieldsSelection, ct);
        return Json(renderer.RenderItem(row, session), request, session, start.Root, routing: false, options.Value);
    }

    private static async Task<Results<ContentJsonResult, RedirectWithStartItemResult, NotFound, NotFound<string>, ProblemHttpResult>> ItemByPathAsync(
        string? path,
        DeliveryRequest request,
        DeliveryContentStore store,
        ContentRenderer renderer,
        IOptions<DeliveryApiOptions> options,
        [Description("Properties to expand: properties[$all], properties[a,b] or nested.")] string? expand,
        [Description("Properties to include: properties[$all], properties[a,b] or nested.")] string? fields,
        CancellationToken ct)
    {
        var (expandSelection, fieldsSelection, problem) = ParseSelections(expand, fields);
        if (problem is not null)
        {
            return problem;
        }

        var start = await store.ResolveStartItemAsync(request, ct);
        if (start.NotFound)
        {
            return TypedResults.NotFound(StartItemNotFoundMessage);
        }

        var lookup = await store.ByRouteAsync(path, request, start.Root, followRedirects: true, includeData: true, ct);
        if (lookup.RedirectTarget is { } target)
        {
            // Umbraco would redirect first; we do not reveal where a protected item moved to.
            if (AccessProblem(await store.AccessAsync(target, request, ct)) is { } deniedRedirect)
            {
                return deniedRedirect;
            }

            var url = target.Urls.First(u => u.Culture == request.Culture);
            return new RedirectWithStartItemResult(url.Route, url.RootSegment ?? "", url.RootKey);
        }

        if (lookup.Item is not { } row)
        {
            return TypedResults.NotFound();
        }

        if (AccessProblem(await store.AccessAsync(row, request, ct)) is { } denied)
        {
            return denied;
        }

        var session = await renderer.PrepareAsync([row], request, expandSelection, fieldsSelection, ct);
        return Json(renderer.RenderItem(row, session), request, session, start.Root, routing: true, options.Value);
    }

    private static async Task<Results<ContentJsonResult, NotFound<string>, ProblemHttpResult>> ItemsAsync(
        [Description("Ids of the items, repeated: ?id=…&id=…")] Guid[]? id,
        DeliveryRequest request,
        DeliveryContentStore store,
        ContentRenderer renderer,
        IOptions<DeliveryApiOptions> options,
        [Description("Properties to expand: properties[$all], properties[a,b] or nested.")] string? expand,
        [Description("Properties to include: properties[$all], properties[a,b] or nested.")] string? fields,
        CancellationToken ct)
    {
        var keys = (id ?? []).Distinct().ToList();
        if (keys.Count > DeliveryApiOptions.MaxTake)
        {
            return TypedResults.Problem(title: "Too many ids", detail: $"Ask for at most {DeliveryApiOptions.MaxTake} ids at a time.", statusCode: StatusCodes.Status400BadRequest);
        }

        var (expandSelection, fieldsSelection, problem) = ParseSelections(expand, fields);
        if (problem is not null)
        {
            return problem;
        }

        var start = await store.ResolveStartItemAsync(request, ct);
        if (start.NotFound)
        {
            return TypedResults.NotFound(StartItemNotFoundMessage);
        }

        var rows = keys.Count == 0 ? [] : await store.ByKeysAsync(keys, request, includeData: true, ct);
        var byKey = rows.ToDictionary(r => r.Key);
        var ordered = keys.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList();
        foreach (var row in ordered)
        {
            // Umbraco: one protected item makes the whole answer 401/403 (the first failure wins).
            if (AccessProblem(await store.AccessAsync(row, request, ct)) is { } denied)
            {
                return denied;
            }
        }

        var session = await renderer.PrepareAsync(ordered, request, expandSelection, fieldsSelection, ct);
        foreach (var key in keys)
        {
            // Asked-for ids that are not visible yet must refresh the answer when they are published.
            session.ContentKeys.Add(key);
        }

        return Json(renderer.RenderItems(ordered, session), request, session, start.Root, routing: false, options.Value);
    }

    /// <summary>
    /// Umbraco's member access answers: 401 for a protected item without a signed-in member (always, while member
    /// authorization is off), 403 for a member who is not allowed. The bodies are the problem details ASP.NET
    /// writes for Umbraco's bare Unauthorized()/Forbidden() (title "Unauthorized"/"Forbidden").
    /// </summary>
    private static ProblemHttpResult? AccessProblem(PublicAccessStatus status) => status switch
    {
        PublicAccessStatus.AccessAccepted => null,
        PublicAccessStatus.AccessDenied => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized),
    };

    /// <summary>Umbraco's access filter: preview always needs the key; without public access everything does.</summary>
    private static async ValueTask<object?> CheckAccessAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<DeliveryApiOptions>>().Value;
        if (!options.Enabled)
        {
            return TypedResults.NotFound();
        }

        // Umbraco merges these into any existing Vary header; shared caches rely on it.
        var vary = http.Response.Headers.Vary;
        http.Response.Headers.Vary = vary.Count == 0 ? VaryHeader : vary + ", " + VaryHeader;

        var request = DeliveryRequest.Of(http);
        if ((request.Preview || !options.PublicAccess) && !request.HasValidKey)
        {
            return TypedResults.Unauthorized();
        }

        return await next(context);
    }

    private static ContentJsonResult Json(byte[] body, DeliveryRequest request, RenderSession session, RootItem? startItem, bool routing, DeliveryApiOptions options)
    {
        var tags = new List<string>(session.ContentKeys.Count + session.MediaKeys.Count + 3) { DeliveryCacheTags.All };
        if (routing)
        {
            tags.Add(DeliveryCacheTags.Routing);
        }

        if (startItem is not null)
        {
            tags.Add(DeliveryCacheTags.Content(startItem.Key));
        }

        tags.AddRange(session.ContentKeys.Select(DeliveryCacheTags.Content));
        tags.AddRange(session.MediaKeys.Select(DeliveryCacheTags.Media));

        // What a member may see is theirs alone: never cached by browsers or shared caches.
        var isPublic = !request.Preview && request.KeyState == ApiKeyState.None && options.PublicAccess && request.Member is null;
        var cacheControl = isPublic
            ? $"public, max-age={(int)options.OutputCache.ClientMaxAge.TotalSeconds}"
            : "no-store";
        return new ContentJsonResult(body, tags, cacheControl);
    }

    private static (PropertySelection? Expand, PropertySelection? Fields, ProblemHttpResult? Problem) ParseSelections(string? expand, string? fields)
    {
        if (!PropertySelection.TryParse(expand, out var e, out var expandError))
        {
            return (null, null, TypedResults.Problem(title: "Invalid expand value", detail: $"'expand': {expandError}", statusCode: StatusCodes.Status400BadRequest));
        }

        if (!PropertySelection.TryParse(fields, out var f, out var fieldsError))
        {
            return (null, null, TypedResults.Problem(title: "Invalid fields value", detail: $"'fields': {fieldsError}", statusCode: StatusCodes.Status400BadRequest));
        }

        return (e, f, null);
    }

    private static string QueryProblemTitle(ContentQueryStatus status) => status switch
    {
        ContentQueryStatus.SelectorNotFound => "Selector option not found",
        ContentQueryStatus.FilterNotFound => "Filter option not found",
        ContentQueryStatus.SortNotFound => "Sort option not found",
        ContentQueryStatus.InvalidFilterValue => "Invalid filter value",
        ContentQueryStatus.TooManyOptions => "Too many query options",
        _ => "Invalid query",
    };
}
