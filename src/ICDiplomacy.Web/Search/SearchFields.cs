namespace ICDiplomacy.Web.Search;

/// <summary>
/// Index field names. System fields follow Examine's (<c>__Key</c>, <c>__NodeTypeAlias</c>, <c>nodeName</c>,
/// <c>path</c>…); text fields take the culture as a suffix as Examine does (<c>nodeName_fr</c>); property
/// fields use the property alias; the derived facet fields have fixed names.
/// </summary>
public static class SearchFields
{
    public const string Key = "__Key";
    public const string NodeId = "__NodeId";
    public const string NodeTypeAlias = "__NodeTypeAlias";
    public const string IndexType = "__IndexType";
    public const string Published = "__Published";
    /// <summary>"y" on exactly one Lucene document per item, so items (not item × culture) can be counted.</summary>
    public const string Item = "__Item";
    /// <summary>Every id on the item's path, including its own: the start-node filter of the internal index.</summary>
    public const string Ancestors = "__Ancestors";
    public const string Trashed = "__Trashed";
    /// <summary>All searchable text of one culture, analysed with that culture's analyser.</summary>
    public const string TextPrefix = "__Text_";
    /// <summary>Ticks of the item's date (publication date where it has one), for sorting.</summary>
    public const string SortDate = "__SortDate";
    /// <summary>0 for the default culture, 1 otherwise: which culture's hit represents an item when dates tie.</summary>
    public const string CultureRank = "__CultureRank";

    public const string NodeName = "nodeName";
    public const string NodeNamePrefix = "nodeName_";
    public const string Path = "path";
    public const string ParentId = "parentID";
    public const string Level = "level";
    public const string SortOrder = "sortOrder";
    public const string CreateDate = "createDate";
    public const string UpdateDate = "updateDate";
    public const string Culture = "culture";
    public const string Url = "url";
    /// <summary>ISO date (yyyy-MM-dd) shown with a hit.</summary>
    public const string Date = "date";
    /// <summary>Plain-text summary and body, stored for snippets.</summary>
    public const string SnippetSummary = "__SnippetSummary";
    public const string SnippetBody = "__SnippetBody";

    // Derived facet and filter fields (keywords, with doc values for counting).
    public const string Region = "region";
    public const string SubRegion = "subRegion";
    public const string Country = "country";
    public const string Conflict = "conflict";
    public const string ConflictRegion = "conflictRegion";
    public const string Type = "type";
    public const string Year = "year";
    public const string YearNumber = "yearNumber";
    public const string Language = "language";
    public const string Initiative = "initiative";

    /// <summary>Culture value of items whose type does not vary by culture (Umbraco's Delivery API index says "none").</summary>
    public const string InvariantCulture = "none";

    public static readonly IReadOnlyList<string> Facets = [Region, SubRegion, Country, Conflict, Type, Year, Language];

    public static string Text(string culture) => TextPrefix + culture;

    public static string NodeNameIn(string culture) => NodeNamePrefix + culture;
}
