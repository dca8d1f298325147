using ICDiplomacy.Web.Search.Delivery;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>Small builders for delivery index conditions.</summary>
internal static class IndexQueries
{
    /// <summary>Any of <paramref name="values"/> in any of <paramref name="fields"/>.</summary>
    public static Query AnyOf(IEnumerable<string> fields, IReadOnlyCollection<string> values)
    {
        var any = new BooleanQuery();
        foreach (var field in fields)
        {
            foreach (var value in values)
            {
                any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }
        }

        // No clause matches nothing, as an empty IN list does in SQL.
        return any;
    }

    public static Query AnyFacet(IEnumerable<string> aliases, IReadOnlyCollection<string> values) =>
        AnyOf(aliases.Select(DeliveryIndexFields.Facet), values);

    public static Query Or(params Query[] queries)
    {
        var any = new BooleanQuery();
        foreach (var q in queries)
        {
            any.Add(q, Occur.SHOULD);
        }

        return any;
    }

    public static Query Not(Query query) => new BooleanQuery
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { query, Occur.MUST_NOT },
    };

    public static Query Apply(Query query, bool negated) => negated ? Not(query) : query;
}
