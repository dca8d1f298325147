namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>
/// The shipped ISO 3166-1 / UN M49 / Global South reference data (content-schema/reference-data/countries.csv),
/// indexed for constant-time lookup by alpha-2 code and by region.
/// </summary>
public sealed class CountryCatalog
{
    private const string UnctadWireName = "unctad";
    private const string G77WireName = "g77";
    private const string WorldBankIncomeWireName = "worldBankIncome";

    private readonly Dictionary<string, Country> _byAlpha2;
    private readonly Dictionary<M49Region, IReadOnlyList<Country>> _byRegion;
    private readonly Dictionary<string, IReadOnlyList<Country>> _bySubRegion;

    private CountryCatalog(IEnumerable<Country> countries)
    {
        var all = countries.OrderBy(c => c.Alpha2, StringComparer.Ordinal).ToList();
        All = all.AsReadOnly();
        _byAlpha2 = all.ToDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
        _byRegion = all
            .GroupBy(c => c.Region)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Country>)g.ToList().AsReadOnly());

        var bySubRegion = new Dictionary<string, List<Country>>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in all)
        {
            string?[] keys =
            [
                country.SubRegionCode, country.SubRegionName,
                country.IntermediateRegionCode, country.IntermediateRegionName,
            ];
            foreach (var key in keys.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!bySubRegion.TryGetValue(key, out var members))
                {
                    members = [];
                    bySubRegion.Add(key, members);
                }

                members.Add(country);
            }
        }

        _bySubRegion = bySubRegion.ToDictionary(
            e => e.Key, e => (IReadOnlyList<Country>)e.Value.AsReadOnly(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every country or area, ordered by alpha-2 code.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>Reads a countries CSV. Throws <see cref="InvalidDataException"/> naming the file and line of a bad row.</summary>
    public static CountryCatalog Load(string csvPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(csvPath);
        return new CountryCatalog(CountryCsvParser.Parse(csvPath));
    }

    /// <summary>Reads <c>reference-data/countries.csv</c> under the given content-schema directory.</summary>
    public static CountryCatalog LoadFromSchemaDirectory(string schemaDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaDirectory);
        return Load(Path.Combine(schemaDirectory, "reference-data", "countries.csv"));
    }

    /// <summary>The country with this alpha-2 code (case-insensitive, surrounding spaces ignored), or null.</summary>
    public Country? Find(string? alpha2) =>
        alpha2 is null ? null : _byAlpha2.GetValueOrDefault(alpha2.Trim());

    public bool IsValidCode(string? alpha2) => Find(alpha2) is not null;

    /// <summary>Countries in an M49 region; <see cref="M49Region.Unknown"/> gives those without one (Antarctica).</summary>
    public IReadOnlyList<Country> InRegion(M49Region region) => _byRegion.GetValueOrDefault(region) ?? [];

    /// <summary>Countries in an M49 sub-region or intermediate region, by code ("419", "011") or name, case-insensitive.</summary>
    public IReadOnlyList<Country> InSubRegion(string subRegionOrIntermediateCodeOrName) =>
        subRegionOrIntermediateCodeOrName is null
            ? []
            : _bySubRegion.GetValueOrDefault(subRegionOrIntermediateCodeOrName.Trim()) ?? [];

    /// <summary>Parses a region name ("europe", case-insensitive) or M49 code ("150"). "Unknown" is not a region.</summary>
    public static bool TryParseRegion(string? value, out M49Region region)
    {
        region = M49Region.Unknown;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var trimmed = value.Trim();
        return M49Regions.TryParseCode(trimmed, out region) || M49Regions.TryParseName(trimmed, out region);
    }

    /// <summary>Parses "unctad", "g77" or "worldBankIncome", case-insensitive.</summary>
    public static bool TryParseGlobalSouthDefinition(string? value, out GlobalSouthDefinition definition)
    {
        var trimmed = value?.Trim();
        if (string.Equals(trimmed, UnctadWireName, StringComparison.OrdinalIgnoreCase))
        {
            definition = GlobalSouthDefinition.Unctad;
            return true;
        }

        if (string.Equals(trimmed, G77WireName, StringComparison.OrdinalIgnoreCase))
        {
            definition = GlobalSouthDefinition.G77;
            return true;
        }

        if (string.Equals(trimmed, WorldBankIncomeWireName, StringComparison.OrdinalIgnoreCase))
        {
            definition = GlobalSouthDefinition.WorldBankIncome;
            return true;
        }

        definition = default;
        return false;
    }

    public static string ToWireName(GlobalSouthDefinition d) => d switch
    {
        GlobalSouthDefinition.Unctad => UnctadWireName,
        GlobalSouthDefinition.G77 => G77WireName,
        GlobalSouthDefinition.WorldBankIncome => WorldBankIncomeWireName,
        _ => throw new ArgumentOutOfRangeException(nameof(d), d, "Unknown Global South definition."),
    };
}
