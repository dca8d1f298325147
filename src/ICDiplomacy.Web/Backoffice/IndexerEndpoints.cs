using System.Security.Claims;
using ICDiplomacy.Web.Cms.Audit;
using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Search.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>
/// Umbraco's indexer routes (Settings → Examine management): the three indexes with their state and item
/// counts, and a rebuild that runs in the background while the current generation keeps answering.
/// The external and internal indexes are built together, so rebuilding either rebuilds both.
/// </summary>
public static class IndexerEndpoints
{
    public const string ExternalIndex = "ExternalIndex";
    public const string InternalIndex = "InternalIndex";
    public const string DeliveryApiContentIndex = "DeliveryApiContentIndex";

    private static readonly string[] Names = [DeliveryApiContentIndex, ExternalIndex, InternalIndex];

    public static IEndpointRouteBuilder MapIndexerEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/umbraco/management/api/v1/indexer").WithTags("Indexer")
            .RequireAuthorization(ManagementPolicies.Settings);
        api.MapGet("", List);
        api.MapGet("/{indexName}", Get);
        api.MapPost("/{indexName}/rebuild", Rebuild);
        return app;
    }

    private static Ok<IndexerPage> List(SearchIndexManager search, DeliveryContentIndex delivery) =>
        TypedResults.Ok(new IndexerPage(Names.Length, Names.Select(n => Describe(n, search, delivery)!).ToList()));

    private static Results<Ok<IndexerResponse>, ProblemHttpResult> Get(string indexName, SearchIndexManager search, DeliveryContentIndex delivery) =>
        Describe(indexName, search, delivery) is { } index ? TypedResults.Ok(index) : NotFound(indexName);

    private static async Task<Results<Ok<IndexerResponse>, ProblemHttpResult>> Rebuild(
        string indexName, ClaimsPrincipal user, SearchIndexManager search, DeliveryContentIndex delivery, CmsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        switch (indexName)
        {
            case DeliveryApiContentIndex:
                _ = delivery.StartRebuild();
                break;
            case ExternalIndex or InternalIndex:
                _ = search.StartRebuild();
                break;
            default:
                return NotFound(indexName);
        }

        db.Audit.Add(new AuditEntry { Utc = clock.GetUtcNow().UtcDateTime, Actor = user.Identity?.Name ?? "unknown", Action = "indexer.rebuild", Details = indexName });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Describe(indexName, search, delivery)!);
    }

    private static IndexerResponse? Describe(string name, SearchIndexManager search, DeliveryContentIndex delivery) => name switch
    {
        DeliveryApiContentIndex => Response(name, delivery.Status, () => delivery.Search(s => s.IndexReader.NumDocs)),
        ExternalIndex => Response(name, search.External.Status, search.External.CountItems),
        InternalIndex => Response(name, search.Internal.Status, search.Internal.CountItems),
        _ => null,
    };

    private static IndexerResponse Response(string name, IndexStatus status, Func<int> count)
    {
        int documents;
        try
        {
            documents = status == IndexStatus.Unavailable ? 0 : count();
        }
        catch (SearchUnavailableException)
        {
            documents = 0;
        }

        var health = status switch
        {
            IndexStatus.Ready => new IndexerHealth("Healthy", null),
            IndexStatus.Rebuilding => new IndexerHealth("Rebuilding", "Answering from the current generation while a new one is built."),
            _ => new IndexerHealth("Unhealthy", "No usable generation yet; a rebuild is running."),
        };
        return new IndexerResponse(name, health, CanRebuild: true, documents);
    }

    private static ProblemHttpResult NotFound(string indexName) =>
        TypedResults.Problem(title: "Index not found", detail: $"There is no index named '{indexName}'. Known indexes: {string.Join(", ", Names)}.", statusCode: StatusCodes.Status404NotFound);

    public sealed record IndexerPage(int Total, IReadOnlyList<IndexerResponse> Items);

    public sealed record IndexerResponse(string Name, IndexerHealth HealthStatus, bool CanRebuild, int DocumentCount);

    public sealed record IndexerHealth(string Status, string? Message);
}
