using ICDiplomacy.Web.Cms.Documents;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// One item as an index sees it: the tree node, the version to index, the cultures to emit documents for
/// (concrete cultures, or "none" alone for invariant types), the published route per concrete culture
/// (external index only) and the cultures live now ("*" for a published invariant item).
/// </summary>
public sealed record IndexSource(
    Document Document,
    VersionData Data,
    IReadOnlyList<string> Cultures,
    IReadOnlyDictionary<string, string> Routes,
    IReadOnlySet<string> PublishedCultures);
