namespace ICDiplomacy.Web.Search;

/// <summary>
/// The answer of <c>GET /api/search</c>. Total counts items matching the text and every filter; Facets holds, per facet,
/// value counts under the other active filters (drill-sideways), largest first.
/// </summary>
public sealed record SearchResponse(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
