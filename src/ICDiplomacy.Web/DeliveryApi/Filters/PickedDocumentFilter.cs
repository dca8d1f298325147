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
        var (values, negated) = FilterValues.Split(filter, _prefix.Length);
        if (values.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var keys = new List<string>();
        foreach (var value in values)
        {
            if (!Guid.TryParse(value, out var key))
            {
                return FilterResult.Invalid($"'{DateFilter.Shorten(value)}' is not a {targetType} id (a GUID).");
            }

            keys.Add(key.ToString());
        }

        return FilterResult.Ok(FacetPredicates.Apply(query, FacetPredicates.AnyValue(context, facets.PickersOf(targetType), keys), negated));
    }
}
