using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>The shipped country catalog, copied to the test output by the web project, loaded once.</summary>
internal static class TestCountries
{
    private static readonly Lazy<CountryCatalog> Lazy = new(() =>
        CountryCatalog.LoadFromSchemaDirectory(Path.Combine(AppContext.BaseDirectory, "content-schema")));

    public static CountryCatalog Catalog => Lazy.Value;
}
