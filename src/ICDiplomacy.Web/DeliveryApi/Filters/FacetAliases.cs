using ICDiplomacy.Web.Cms.PropertyEditors;
using ICDiplomacy.Web.Cms.Schema;

namespace ICDiplomacy.Web.DeliveryApi.Filters;

/// <summary>
/// Which facet-flagged properties (those projected into <c>DocumentFacet</c>) hold countries, regions,
/// dates or picked documents of a given type, worked out once from the content schema.
/// </summary>
public sealed class FacetAliases
{
    private readonly ContentSchema _schema;

    public FacetAliases(ContentSchema schema)
    {
        _schema = schema;
        var facets = schema.ContentTypes.Where(t => !t.IsElement).SelectMany(t => t.Properties).Where(p => p.Facet && !p.Sensitive).ToList();
        Countries = Distinct(facets.Where(p => p.EditorAlias == PropertyEditorAliases.DropDownFlexible && p.DataType.GetString("itemsSource") == DropDownItemsSources.Countries));
        Regions = Distinct(facets.Where(p => p.EditorAlias == PropertyEditorAliases.DropDownFlexible && p.DataType.GetString("itemsSource") == DropDownItemsSources.M49Regions));
        Dates = Distinct(facets.Where(p => p.EditorAlias == PropertyEditorAliases.DateTime));
        Languages = Distinct(facets.Where(p => p.DataType.Alias == "language"));
        VariantTypes = schema.ContentTypes.Where(t => !t.IsElement && t.VariesByCulture).Select(t => t.Alias).Order(StringComparer.Ordinal).ToList();
        _facets = facets;
    }

    private readonly List<PropertyType> _facets;

    /// <summary>Facet properties holding ISO alpha-2 country codes.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Facet properties holding M49 region names.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Facet date properties (publication date, meeting date…).</summary>
    public IReadOnlyList<string> Dates { get; }

    /// <summary>Facet properties naming a document's original language.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Document types that vary by culture.</summary>
    public IReadOnlyList<string> VariantTypes { get; }

    /// <summary>Facet content pickers that may pick documents of <paramref name="targetType"/>.</summary>
    public IReadOnlyList<string> PickersOf(string targetType) => Distinct(_facets.Where(p =>
        p.EditorAlias is PropertyEditorAliases.ContentPicker or PropertyEditorAliases.MultiNodeTreePicker
        && p.DataType.GetStrings("allowedTypes") is var allowed && (allowed.Count == 0 || allowed.Contains(targetType))));

    /// <summary>Facet drop-downs with a fixed item list under <paramref name="alias"/>, and their items.</summary>
    public IReadOnlyList<string> DropDownItems(string alias) =>
        _facets.Where(p => p.Alias == alias && p.EditorAlias == PropertyEditorAliases.DropDownFlexible)
            .SelectMany(p => p.DataType.GetStrings("items")).Distinct(StringComparer.Ordinal).ToList();

    public bool HasType(string alias) => _schema.Find(alias) is { IsElement: false };

    private static List<string> Distinct(IEnumerable<PropertyType> properties) =>
        properties.Select(p => p.Alias).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
