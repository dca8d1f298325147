using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Search;

public static class SearchEndpoints
{
    public const string RebuildKeyHeader = "X-Search-Rebuild-Key";

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/search").WithTags("Search");
        search.MapGet("", Search).RequireRateLimiting(SearchModule.RateLimitPolicy);
        // Operators only. Until backoffice authentication exists it needs Search:RebuildKey in a header.
        search.MapPost("/rebuild", Rebuild);
        return app;
    }

    internal static Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        HttpContext context, SearchRequestParser parser, SearchService service)
    {
        var (request, errors) = parser.Parse(context.Request.Query);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The search request is not valid.");
        }

        Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> result;
        try
        {
            var (response, searchErrors) = service.Search(request);
            result = response is not null
                ? TypedResults.Ok(response)
                : TypedResults.ValidationProblem(searchErrors ?? [], title: "The search request is not valid.");
        }
        catch (SearchUnavailableException ex)
        {
            context.Response.Headers.RetryAfter = "5";
            result = TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search is temporarily unavailable");
        }
        catch (SearchTimeoutException)
        {
            context.Response.Headers.RetryAfter = "1";
            result = TypedResults.Problem("The search took too long; use fewer words or narrower filters.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search timed out");
        }

        return result;
    }

    internal static Results<Accepted<RebuildStatus>, UnauthorizedHttpResult, NotFound> Rebuild(
        HttpContext context, SearchIndexManager indexes, Delivery.DeliveryContentIndex deliveryIndex, IOptions<SearchOptions> options)
    {
        var key = options.Value.RebuildKey;
        if (string.IsNullOrEmpty(key))
        {
            return TypedResults.NotFound();
        }

        var given = context.Request.Headers[RebuildKeyHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(key))))
        {
            return TypedResults.Unauthorized();
        }

        _ = indexes.StartRebuild();
        _ = deliveryIndex.StartRebuild();
        return TypedResults.Accepted((string?)null, new RebuildStatus(indexes.External.Status.ToString(), indexes.Internal.Status.ToString()));
    }

    /// <summary>Index states after a rebuild was requested.</summary>
    public sealed record RebuildStatus(string External, string Internal);
}
