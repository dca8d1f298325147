using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary><c>conflict:{key}</c>, <c>initiative:{key}</c>: content whose facet pickers pick that document.</summary>
internal sealed class PickedDocumentFilter(string name, string targetType, FacetAliases facets) : IContentFilterHandler
{
    private readonly string _prefix = name + ":";

    public string Syntax => $"{name}:{{{targetType} id}}[,…]";

    public string Description => $"Content linked to any of the {targetType} documents (by id).";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, _prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (keys, negated, error) = Parse(filter);
        return error is not null ? FilterResult.Invalid(error)
            : keys.Count == 0 ? FilterResult.Ok(query)
            : FilterResult.Ok(FacetPredicates.Apply(query, FacetPredicates.AnyValue(context, facets.PickersOf(targetType), keys), negated));
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (keys, negated, error) = Parse(filter);
        return error is not null ? IndexFilterResult.Invalid(error)
            : IndexFilterResult.Ok(keys.Count == 0 ? null : IndexQueries.Apply(IndexQueries.AnyFacet(facets.PickersOf(targetType), keys), negated));
    }

    private (List<string> Keys, bool Negated, string? Error) Parse(string filter)
    {
        var (values, negated) = FilterValues.Split(filter, _prefix.Length);
        var keys = new List<string>();
        foreach (var value in values)
        {
            if (!Guid.TryParse(value, out var key))
            {
                return ([], negated, $"'{DateFilter.Shorten(value)}' is not a {targetType} id (a GUID).");
            }

            keys.Add(key.ToString());
        }

        return (keys, negated, null);
    }
}
