using System.Linq.Expressions;
using ICDiplomacy.Web.DeliveryApi.Querying;

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
}
