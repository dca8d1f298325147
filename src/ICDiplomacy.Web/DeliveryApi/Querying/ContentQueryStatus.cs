namespace ICDiplomacy.Web.DeliveryApi.Querying;

public enum ContentQueryStatus
{
    Success,
    SelectorNotFound,
    FilterNotFound,
    SortNotFound,
    InvalidFilterValue,
    TooManyOptions,
}
