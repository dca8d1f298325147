namespace ICDiplomacy.Web.Search.Delivery;

/// <summary>
/// Field names of the delivery index (Umbraco's DeliveryApiContentIndex): one Lucene document per published
/// route (document × culture), with the keys, dates, tree position and facet values the Delivery API
/// filters and sorts on. Nothing is analysed; every value is a keyword, a number or a doc value.
/// </summary>
public static class DeliveryIndexFields
{
    public const string Key = "__Key";
    /// <summary>Document id: a doc value (sort tie-break, reading the page) and a keyword (the ancestors selector).</summary>
    public const string NodeId = "__NodeId";
    public const string NodeIdTerm = "nodeId";
    /// <summary>"y" on exactly one Lucene document per item, so items can be counted against the database.</summary>
    public const string Item = "__Item";
    /// <summary>The route's culture: the culture a request must ask for to see this document.</summary>
    public const string Culture = "culture";
    public const string ContentType = "contentType";
    /// <summary>The parent's key (children selector); absent on roots.</summary>
    public const string ParentKey = "parentKey";
    /// <summary>Every ancestor's key, not the item's own (descendants selector, Start-Item).</summary>
    public const string AncestorKeys = "ancestorKeys";
    /// <summary>Stored tree path ("-1,12,45"), for the ancestors selector.</summary>
    public const string Path = "path";
    /// <summary>The route's name with ASCII letters lower-cased, as SQL's lower() does: name filter (contains).</summary>
    public const string NameLower = "nameLower";
    /// <summary>Doc value of <see cref="NameLower"/>, for sorting by name.</summary>
    public const string SortName = "sortName";
    /// <summary>Ticks: a trie field for ranges and a doc value for sorting, under the same name.</summary>
    public const string CreateDate = "createDate";
    /// <summary>The culture's last publish (the route's publish date), in ticks.</summary>
    public const string UpdateDate = "updateDate";
    public const string Level = "level";
    public const string SortOrder = "sortOrder";
    /// <summary>Every culture the item has a route in (language filter: "available in").</summary>
    public const string RouteCultures = "routeCultures";

    /// <summary>
    /// Every id on the item's path, its own included: protected branches (public access rules, which change
    /// without touching the index) are left out at query time by their root's id.
    /// </summary>
    public const string PathIds = "pathIds";

    private const string FacetPrefix = "f:";
    private const string AnyCultureFacetPrefix = "fa:";

    /// <summary>A facet property's values in the document's culture or invariant (the culture-matched facet rows).</summary>
    public static string Facet(string alias) => FacetPrefix + alias;

    /// <summary>A facet property's values in any culture (stored, so region documents can be read back).</summary>
    public static string FacetAnyCulture(string alias) => AnyCultureFacetPrefix + alias;

    /// <summary>Keys are written as lower-case "D" GUIDs.</summary>
    public static string KeyText(Guid key) => key.ToString("D");

    /// <summary>SQLite's lower(): ASCII letters only, so index and SQL paths agree on name filters and sorting.</summary>
    public static string AsciiLower(string value)
    {
        var i = 0;
        while (i < value.Length && !char.IsAsciiLetterUpper(value[i]))
        {
            i++;
        }

        if (i == value.Length)
        {
            return value;
        }

        return string.Create(value.Length, value, (span, s) =>
        {
            for (var j = 0; j < s.Length; j++)
            {
                var c = s[j];
                span[j] = char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
            }
        });
    }
}
