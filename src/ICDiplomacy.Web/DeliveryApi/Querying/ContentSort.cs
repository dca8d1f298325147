namespace ICDiplomacy.Web.DeliveryApi.Querying;

public sealed record ContentSort(ContentSortField Field, bool Ascending);
