using System.Globalization;
using System.Linq.Expressions;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.Search.Delivery;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary><c>year:2024</c>: a facet date (publication date, meeting date…) falls in the year.</summary>
internal sealed class YearFilter(FacetAliases facets) : IContentFilterHandler
{
    private const string Prefix = "year:";

    public string Syntax => "year:{yyyy}[,…]";

    public string Description => $"Content whose date ({string.Join(", ", facets.Dates)}) falls in any of the years.";

    public bool CanHandle(string filter) => FilterValues.HasPrefix(filter, Prefix);

    public FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context)
    {
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
        if (values.Count == 0)
        {
            return FilterResult.Ok(query);
        }

        var db = context.Db;
        var aliases = facets.Dates.ToList();
        var predicates = new List<Expression<Func<ContentCandidate, bool>>>();
        foreach (var value in values)
        {
            if (value.Length != 4 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
            {
                return FilterResult.Invalid($"'{DateFilter.Shorten(value)}' is not a four-digit year.");
            }

            // Facet dates are stored as ISO strings ("2024-05-01"), so a year is a prefix.
            var prefix = value + "-";
            predicates.Add(c => db.DocumentFacets.Any(f => f.DocumentId == c.Document.Id && aliases.Contains(f.Alias) && f.Value.StartsWith(prefix)));
        }

        return FilterResult.Ok(FacetPredicates.Apply(query, Predicates.Or(predicates), negated));
    }

    public IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context)
    {
        var (values, negated) = FilterValues.Split(filter, Prefix.Length);
        if (values.Count == 0)
        {
            return IndexFilterResult.Ok(null);
        }

        var any = new BooleanQuery();
        foreach (var value in values)
        {
            if (value.Length != 4 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
            {
                return IndexFilterResult.Invalid($"'{DateFilter.Shorten(value)}' is not a four-digit year.");
            }

            // The SQL condition reads date facets in any culture.
            foreach (var alias in facets.Dates)
            {
                any.Add(new PrefixQuery(new Term(DeliveryIndexFields.FacetAnyCulture(alias), value + "-")), Occur.SHOULD);
            }
        }

        return IndexFilterResult.Ok(IndexQueries.Apply(any, negated));
    }
}
