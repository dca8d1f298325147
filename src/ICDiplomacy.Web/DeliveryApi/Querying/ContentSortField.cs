namespace ICDiplomacy.Web.DeliveryApi.Querying;

public enum ContentSortField
{
    CreateDate,
    UpdateDate,
    Level,
    Name,
    SortOrder,
    /// <summary>Tree order: the sort orders of the ancestors and the item (Umbraco's pathOrder).</summary>
    Path,
}
