namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>The query endpoint's <c>fetch</c>, <c>filter</c>, <c>sort</c>, <c>skip</c> and <c>take</c>.</summary>
public sealed record ContentQuery(string? Fetch, IReadOnlyList<string> Filters, IReadOnlyList<string> Sorts, int Skip, int Take);
