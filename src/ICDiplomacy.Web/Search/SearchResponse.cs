namespace ICDiplomacy.Web.Search;

/// <summary>The answer of <c>GET /api/search</c>.</summary>
/// <param name="Total">Items matching the text and every filter.</param>
/// <param name="Facets">Per facet, value counts under the other active filters (drill-sideways), largest first.</param>
public sealed record SearchResponse(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
