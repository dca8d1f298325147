namespace ICDiplomacy.Web.Media;

/// <summary>Umbraco's paged list: the total before paging and one page of items.</summary>
public sealed record MediaPagedResponse(long Total, IReadOnlyList<MediaItemResponse> Items);
