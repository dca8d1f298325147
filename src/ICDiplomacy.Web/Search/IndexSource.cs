using ICDiplomacy.Web.Cms.Documents;

namespace ICDiplomacy.Web.Search;

/// <summary>One item as an index sees it: the tree node, the version to index, and the cultures to emit documents for.</summary>
/// <param name="Cultures">Concrete cultures, or <see cref="SearchFields.InvariantCulture"/> alone for invariant types.</param>
/// <param name="Routes">Published route per concrete culture (external index only).</param>
/// <param name="PublishedCultures">Cultures live now; "*" for a published invariant item.</param>
public sealed record IndexSource(
    Document Document,
    VersionData Data,
    IReadOnlyList<string> Cultures,
    IReadOnlyDictionary<string, string> Routes,
    IReadOnlySet<string> PublishedCultures);
