using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>
/// A <c>filter</c> option of the query endpoint, matched by prefix as Umbraco's <c>IFilterHandler</c> is
/// (case-insensitive, first match wins). Register with <c>services.AddSingleton&lt;IContentFilterHandler, X&gt;()</c>.
/// </summary>
public interface IContentFilterHandler
{
    /// <summary>The option as documented in the OpenAPI description, e.g. <c>country:{alpha-2}</c>.</summary>
    string Syntax { get; }

    /// <summary>One sentence for the OpenAPI description.</summary>
    string Description { get; }

    bool CanHandle(string filter);

    /// <summary>Narrows <paramref name="query"/>; a malformed value gives an error message instead (nothing is read).</summary>
    FilterResult Apply(IQueryable<ContentCandidate> query, string filter, ContentFilterContext context);

    /// <summary>
    /// The same condition over the delivery index (<see cref="Search.Delivery.DeliveryIndexFields"/>), with the same
    /// error for a malformed value. A handler without one keeps its queries on the SQL path, which is always correct.
    /// </summary>
    IndexFilterResult ToIndexQuery(string filter, IndexFilterContext context) => IndexFilterResult.Unsupported;
}
