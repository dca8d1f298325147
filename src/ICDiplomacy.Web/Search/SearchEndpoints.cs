using Microsoft.AspNetCore.Http.HttpResults;

namespace ICDiplomacy.Web.Search;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup("/api/search").WithTags("Search");
        search.MapGet("", Search).RequireRateLimiting(SearchModule.RateLimitPolicy);
        // Rebuilds are an operator's action: the management API's indexer routes (Backoffice/IndexerEndpoints).
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
}
