using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.Search.Delivery;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>Umbraco's <c>contentType:a,b</c> / <c>contentType:!a</c>.</summary>
internal sealed class ContentTypeFilter : IContentFilterHandler
{
    private const string Prefix = "contentType:";

    public string Syntax => "contentType:{alias}[,{alias}…] | contentType:!{alias}[,…]";

    public string Description => "Documents of (or, with '!', not of) any of the listed document types.";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, Prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (aliases, negated) = FilterValues.Split(filter, Prefix.Length);
        if (aliases.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        return FilterResult.Ok(negated
            ? query.Where(c => !aliases.Contains(c.Document.ContentType))
            : query.Where(c => aliases.Contains(c.Document.ContentType)));
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (aliases, negated) = FilterValues.Split(filter, Prefix.Length);
        return IndexFilterResult.Ok(aliases.Count == 0 ? null : IndexQueries.Apply(IndexQueries.AnyOf([DeliveryIndexFields.ContentType], aliases), negated));
    }
}
