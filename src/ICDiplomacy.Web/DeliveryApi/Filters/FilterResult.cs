using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

public readonly record struct FilterResult(IQueryable<ContentCandidate>? Query, string? Error)
{
    public static FilterResult Ok(IQueryable<ContentCandidate> query) => new(query, null);

    public static FilterResult Invalid(string error) => new(null, error);
}
