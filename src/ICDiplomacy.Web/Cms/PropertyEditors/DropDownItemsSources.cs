namespace ICDiplomacy.Web.Cms.PropertyEditors;

/// <summary>
/// Named lists a <c>Umbraco.DropDown.Flexible</c> data type can take its items from (<c>itemsSource</c>)
/// instead of listing them; the values come from reference data.
/// </summary>
public static class DropDownItemsSources
{
    /// <summary>ISO 3166-1 alpha-2 country codes.</summary>
    public const string Countries = "countries";

    /// <summary>The five UN M49 regions: Africa, Americas, Asia, Europe, Oceania.</summary>
    public const string M49Regions = "m49Regions";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Countries, M49Regions };
}
