using Lucene.Net.Search;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>A filter over the delivery index: a query (null = no condition, as for an empty value list), an error, or "use SQL".</summary>
public readonly record struct IndexFilterResult(Query? Query, string? Error, bool Supported)
{
    public static IndexFilterResult Unsupported { get; } = new(null, null, false);

    public static IndexFilterResult Ok(Query? query) => new(query, null, true);

    public static IndexFilterResult Invalid(string error) => new(null, error, true);
}
