namespace ICDiplomacy.Web.DeliveryApi.OpenApi;

/// <summary>A page of content items.</summary>
/// <param name="Total">All matching items, not only this page.</param>
/// <param name="Items">The page.</param>
public sealed record ApiPagedContentResponse(long Total, IReadOnlyList<ApiContentResponse> Items);
