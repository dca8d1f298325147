using System.Linq.Expressions;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.Search.Delivery;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>Umbraco's <c>name:term</c>: the name in the requested culture contains any term, case-insensitively.</summary>
internal sealed class NameFilter : IContentFilterHandler
{
    private const string Prefix = "name:";
    private const int MaxTerms = 10;
    private const int MaxTermLength = 100;

    public string Syntax => "name:{term}[,{term}…] | name:!{term}";

    public string Description => "Documents whose name in the requested culture contains (or, with '!', does not contain) any of the terms, ignoring case.";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, Prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (terms, negated) = FilterValues.Split(filter, Prefix.Length);
        if (terms.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        if (terms.Count > MaxTerms || terms.Any(t => t.Length > MaxTermLength))
        {
            return FilterResult.Invalid($"'name' takes at most {MaxTerms} terms of at most {MaxTermLength} characters.");
        }

        // ToLower().Contains translates to SQL on SQLite and PostgreSQL; the StringComparison overload does not.
#pragma warning disable CA1862
        var predicates = terms
            .Select(t => t.ToLowerInvariant())
            .Select(t => (Expression<Func<ContentCandidate, bool>>)(c => c.Name.ToLower().Contains(t)))
            .ToList();
#pragma warning restore CA1862
        var any = Predicates.Or(predicates);
        return FilterResult.Ok(query.Where(negated ? Predicates.Not(any) : any));
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (terms, negated) = FilterValues.Split(filter, Prefix.Length);
        if (terms.Count == 0)
        {
            return IndexFilterResult.Ok(null);
        }

        if (terms.Count > MaxTerms || terms.Any(t => t.Length > MaxTermLength))
        {
            return IndexFilterResult.Invalid($"'name' takes at most {MaxTerms} terms of at most {MaxTermLength} characters.");
        }

        // The SQL path compares lower(name) with the lower-cased term as a substring; a wildcard on the
        // lower-cased keyword does the same (the term's own wildcard characters escaped).
        var any = new BooleanQuery();
        foreach (var term in terms)
        {
            var escaped = term.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("*", "\\*", StringComparison.Ordinal).Replace("?", "\\?", StringComparison.Ordinal);
            any.Add(new WildcardQuery(new Term(DeliveryIndexFields.NameLower, "*" + escaped + "*")), Occur.SHOULD);
        }

        return IndexFilterResult.Ok(IndexQueries.Apply(any, negated));
    }
}
