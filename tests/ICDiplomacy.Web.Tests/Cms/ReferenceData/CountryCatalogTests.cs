using System.Text;
using System.Text.Json;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.Tests.Cms.ReferenceData;

public sealed class CountryCatalogTests : IDisposable
{
    private const string Header =
        "alpha2,alpha3,numeric,name,regionCode,regionName,subRegionCode,subRegionName," +
        "intermediateRegionCode,intermediateRegionName,unctadDeveloping,g77Member,wbIncomeGroup";

    private const string NigeriaRow = "NG,NGA,566,Nigeria,002,Africa,202,Sub-Saharan Africa,011,Western Africa,true,true,LowerMiddle";
    private const string FranceRow = "FR,FRA,250,France,150,Europe,155,Western Europe,,,false,false,High";

    private readonly CountryCatalog _catalog =
        CountryCatalog.LoadFromSchemaDirectory(Path.Combine(AppContext.BaseDirectory, "content-schema"));

    private readonly List<string> _tempFiles = [];

    public void Dispose()
    {
        foreach (var path in _tempFiles)
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFromSchemaDirectory_shipped_csv_has_249_iso_codes_plus_kosovo()
    {
        Assert.Equal(250, _catalog.All.Count);
        Assert.NotNull(_catalog.Find("XK"));
    }

    [Fact]
    public void All_alpha2_codes_are_two_upper_case_letters_and_unique()
    {
        Assert.All(_catalog.All, c => Assert.Matches("^[A-Z]{2}$", c.Alpha2));
        Assert.Equal(_catalog.All.Count, _catalog.All.Select(c => c.Alpha2).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_alpha3_codes_are_three_upper_case_letters_and_unique()
    {
        Assert.All(_catalog.All, c => Assert.Matches("^[A-Z]{3}$", c.Alpha3));
        Assert.Equal(_catalog.All.Count, _catalog.All.Select(c => c.Alpha3).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_numeric_codes_are_three_digits_and_only_kosovo_has_none()
    {
        var withoutNumeric = _catalog.All.Where(c => c.Numeric is null).Select(c => c.Alpha2);

        Assert.Equal(["XK"], withoutNumeric);
        Assert.All(_catalog.All.Where(c => c.Numeric is not null), c => Assert.Matches("^[0-9]{3}$", c.Numeric!));
    }

    [Fact]
    public void All_countries_except_antarctica_have_a_region_and_sub_region()
    {
        var withoutRegion = _catalog.All.Where(c => c.Region == M49Region.Unknown).Select(c => c.Alpha2);

        Assert.Equal(["AQ"], withoutRegion);
        Assert.All(
            _catalog.All.Where(c => c.Region != M49Region.Unknown),
            c => Assert.False(string.IsNullOrEmpty(c.SubRegionCode) || string.IsNullOrEmpty(c.SubRegionName), c.Alpha2));
    }

    [Theory]
    [InlineData("NG", M49Region.Africa, "202", "Sub-Saharan Africa", "011", "Western Africa")]
    [InlineData("SD", M49Region.Africa, "015", "Northern Africa", null, null)]
    [InlineData("BR", M49Region.Americas, "419", "Latin America and the Caribbean", "005", "South America")]
    [InlineData("MX", M49Region.Americas, "419", "Latin America and the Caribbean", "013", "Central America")]
    [InlineData("US", M49Region.Americas, "021", "Northern America", null, null)]
    [InlineData("IN", M49Region.Asia, "034", "Southern Asia", null, null)]
    [InlineData("CN", M49Region.Asia, "030", "Eastern Asia", null, null)]
    [InlineData("JP", M49Region.Asia, "030", "Eastern Asia", null, null)]
    [InlineData("KR", M49Region.Asia, "030", "Eastern Asia", null, null)]
    [InlineData("TW", M49Region.Asia, "030", "Eastern Asia", null, null)]
    [InlineData("IL", M49Region.Asia, "145", "Western Asia", null, null)]
    [InlineData("TR", M49Region.Asia, "145", "Western Asia", null, null)]
    [InlineData("CY", M49Region.Asia, "145", "Western Asia", null, null)]
    [InlineData("RU", M49Region.Europe, "151", "Eastern Europe", null, null)]
    [InlineData("UA", M49Region.Europe, "151", "Eastern Europe", null, null)]
    [InlineData("XK", M49Region.Europe, "039", "Southern Europe", null, null)]
    [InlineData("JE", M49Region.Europe, "154", "Northern Europe", "830", "Channel Islands")]
    [InlineData("AU", M49Region.Oceania, "053", "Australia and New Zealand", null, null)]
    [InlineData("NZ", M49Region.Oceania, "053", "Australia and New Zealand", null, null)]
    [InlineData("FJ", M49Region.Oceania, "054", "Melanesia", null, null)]
    [InlineData("AQ", M49Region.Unknown, null, null, null, null)]
    public void Find_known_code_has_expected_m49_placement(
        string alpha2, M49Region region, string? subRegionCode, string? subRegionName, string? intermediateCode, string? intermediateName)
    {
        var country = _catalog.Find(alpha2);

        Assert.NotNull(country);
        Assert.Equal(region, country.Region);
        Assert.Equal(subRegionCode, country.SubRegionCode);
        Assert.Equal(subRegionName, country.SubRegionName);
        Assert.Equal(intermediateCode, country.IntermediateRegionCode);
        Assert.Equal(intermediateName, country.IntermediateRegionName);
    }

    [Theory]
    [InlineData("NG", true)]
    [InlineData("SD", true)]
    [InlineData("BR", true)]
    [InlineData("MX", true)]
    [InlineData("US", false)]
    [InlineData("CA", false)]
    [InlineData("IN", true)]
    [InlineData("CN", true)]
    [InlineData("TW", true)]
    [InlineData("TR", true)]
    [InlineData("CY", true)]
    [InlineData("JP", false)]
    [InlineData("KR", false)]
    [InlineData("IL", false)]
    [InlineData("AU", false)]
    [InlineData("NZ", false)]
    [InlineData("FJ", true)]
    [InlineData("RU", false)]
    [InlineData("UA", false)]
    [InlineData("XK", false)]
    [InlineData("AQ", false)]
    public void Find_known_code_has_expected_unctad_flag(string alpha2, bool developing)
    {
        var country = _catalog.Find(alpha2);

        Assert.NotNull(country);
        Assert.Equal(developing, country.IsUnctadDeveloping);
        Assert.Equal(developing, country.IsGlobalSouth(GlobalSouthDefinition.Unctad));
    }

    [Theory]
    [InlineData("CN", true)]
    [InlineData("PS", true)]
    [InlineData("IN", true)]
    [InlineData("BA", true)]
    [InlineData("CL", true)]
    [InlineData("SD", true)]
    [InlineData("MX", false)]
    [InlineData("KR", false)]
    [InlineData("TR", false)]
    [InlineData("KZ", false)]
    [InlineData("PW", false)]
    [InlineData("UA", false)]
    [InlineData("TW", false)]
    public void Find_known_code_has_expected_g77_flag(string alpha2, bool member)
    {
        var country = _catalog.Find(alpha2);

        Assert.NotNull(country);
        Assert.Equal(member, country.IsG77Member);
        Assert.Equal(member, country.IsGlobalSouth(GlobalSouthDefinition.G77));
    }

    [Theory]
    [InlineData("US", WorldBankIncomeGroup.High, false)]
    [InlineData("BR", WorldBankIncomeGroup.UpperMiddle, true)]
    [InlineData("IN", WorldBankIncomeGroup.LowerMiddle, true)]
    [InlineData("SD", WorldBankIncomeGroup.Low, true)]
    [InlineData("AQ", WorldBankIncomeGroup.Unclassified, false)]
    public void Find_known_code_has_expected_income_group(string alpha2, WorldBankIncomeGroup group, bool globalSouth)
    {
        var country = _catalog.Find(alpha2);

        Assert.NotNull(country);
        Assert.Equal(group, country.IncomeGroup);
        Assert.Equal(globalSouth, country.IsGlobalSouth(GlobalSouthDefinition.WorldBankIncome));
    }

    [Theory]
    [InlineData(GlobalSouthDefinition.Unctad)]
    [InlineData(GlobalSouthDefinition.G77)]
    [InlineData(GlobalSouthDefinition.WorldBankIncome)]
    public void IsGlobalSouth_united_states_is_false_under_every_definition(GlobalSouthDefinition definition) =>
        Assert.False(_catalog.Find("US")!.IsGlobalSouth(definition));

    [Theory]
    [InlineData(GlobalSouthDefinition.Unctad)]
    [InlineData(GlobalSouthDefinition.G77)]
    [InlineData(GlobalSouthDefinition.WorldBankIncome)]
    public void IsGlobalSouth_india_is_true_under_every_definition(GlobalSouthDefinition definition) =>
        Assert.True(_catalog.Find("IN")!.IsGlobalSouth(definition));

    [Fact]
    public void Find_kosovo_supplement_has_user_assigned_alpha3_and_no_numeric()
    {
        var kosovo = _catalog.Find("XK");

        Assert.NotNull(kosovo);
        Assert.Equal("XKX", kosovo.Alpha3);
        Assert.Null(kosovo.Numeric);
    }

    [Fact]
    public void UnctadDeveloping_column_matches_the_regional_balance_rule_for_every_row()
    {
        string[] developedInDevelopingRegions = ["IL", "JP", "KR"];
        var mismatches = _catalog.All
            .Where(c =>
            {
                var rule = (c.Region is M49Region.Africa or M49Region.Asia or M49Region.Oceania || c.SubRegionCode == "419")
                    && !developedInDevelopingRegions.Contains(c.Alpha2)
                    && c.SubRegionCode != "053";
                return rule != c.IsUnctadDeveloping;
            })
            .Select(c => c.Alpha2);

        Assert.Empty(mismatches);
    }

    [Fact]
    public void G77Member_count_is_within_the_published_range()
    {
        var members = _catalog.All.Count(c => c.IsG77Member);

        Assert.InRange(members, 130, 136);
    }

    [Fact]
    public void InSubRegion_419_contains_brazil_and_mexico_but_not_united_states()
    {
        var latinAmerica = _catalog.InSubRegion("419").Select(c => c.Alpha2).ToList();

        Assert.Contains("BR", latinAmerica);
        Assert.Contains("MX", latinAmerica);
        Assert.DoesNotContain("US", latinAmerica);
    }

    [Fact]
    public void InSubRegion_name_matches_case_insensitively_like_the_code()
    {
        var byName = _catalog.InSubRegion(" latin america and the caribbean ");

        Assert.NotEmpty(byName);
        Assert.Equal(_catalog.InSubRegion("419"), byName);
    }

    [Fact]
    public void InSubRegion_intermediate_region_code_and_name_match()
    {
        var westernAfrica = _catalog.InSubRegion("011").Select(c => c.Alpha2).ToList();

        Assert.Contains("NG", westernAfrica);
        Assert.DoesNotContain("KE", westernAfrica);
        Assert.Equal(_catalog.InSubRegion("011"), _catalog.InSubRegion("western africa"));
        Assert.Equal(["GG", "JE"], _catalog.InSubRegion("830").Select(c => c.Alpha2));
    }

    [Fact]
    public void InSubRegion_sub_saharan_africa_includes_its_intermediate_regions()
    {
        var subSaharan = _catalog.InSubRegion("202");

        Assert.Contains(subSaharan, c => c.Alpha2 == "NG");
        Assert.Contains(subSaharan, c => c.Alpha2 == "KE");
        Assert.DoesNotContain(subSaharan, c => c.Alpha2 == "EG");
    }

    [Theory]
    [InlineData("")]
    [InlineData("999")]
    [InlineData("Europe")]
    [InlineData("Sahel")]
    public void InSubRegion_unknown_key_returns_empty(string key) => Assert.Empty(_catalog.InSubRegion(key));

    [Fact]
    public void InRegion_returns_precomputed_region_members()
    {
        var europe = _catalog.InRegion(M49Region.Europe);

        Assert.Contains(europe, c => c.Alpha2 == "RU");
        Assert.Contains(europe, c => c.Alpha2 == "XK");
        Assert.DoesNotContain(europe, c => c.Alpha2 == "TR");
        Assert.Same(europe, _catalog.InRegion(M49Region.Europe));
        Assert.Equal(["AQ"], _catalog.InRegion(M49Region.Unknown).Select(c => c.Alpha2));
        Assert.Equal(_catalog.All.Count, Enum.GetValues<M49Region>().Sum(r => _catalog.InRegion(r).Count));
    }

    [Theory]
    [InlineData("ng")]
    [InlineData(" NG ")]
    [InlineData("Ng")]
    public void Find_ignores_case_and_surrounding_spaces(string code)
    {
        Assert.Equal("NG", _catalog.Find(code)?.Alpha2);
        Assert.True(_catalog.IsValidCode(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("ZZ")]
    [InlineData("NGA")]
    public void Find_missing_or_unknown_code_returns_null(string? code)
    {
        Assert.Null(_catalog.Find(code));
        Assert.False(_catalog.IsValidCode(code));
    }

    [Fact]
    public void Find_quoted_name_with_comma_is_read_whole()
    {
        Assert.Equal("Bonaire, Sint Eustatius and Saba", _catalog.Find("BQ")?.Name);
        Assert.Equal("Côte d'Ivoire", _catalog.Find("CI")?.Name);
    }

    [Theory]
    [InlineData("Africa", M49Region.Africa)]
    [InlineData("europe", M49Region.Europe)]
    [InlineData(" AMERICAS ", M49Region.Americas)]
    [InlineData("oceania", M49Region.Oceania)]
    [InlineData("002", M49Region.Africa)]
    [InlineData("019", M49Region.Americas)]
    [InlineData("142", M49Region.Asia)]
    [InlineData("150", M49Region.Europe)]
    [InlineData("009", M49Region.Oceania)]
    public void TryParseRegion_name_or_code_returns_region(string value, M49Region expected)
    {
        Assert.True(CountryCatalog.TryParseRegion(value, out var region));
        Assert.Equal(expected, region);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Unknown")]
    [InlineData("unknown")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("150x")]
    [InlineData("419")]
    [InlineData("Antarctica")]
    [InlineData("Europe, Asia")]
    [InlineData("Latin America")]
    public void TryParseRegion_garbage_returns_false(string? value)
    {
        Assert.False(CountryCatalog.TryParseRegion(value, out var region));
        Assert.Equal(M49Region.Unknown, region);
    }

    [Theory]
    [InlineData("unctad", GlobalSouthDefinition.Unctad)]
    [InlineData("UNCTAD", GlobalSouthDefinition.Unctad)]
    [InlineData("g77", GlobalSouthDefinition.G77)]
    [InlineData(" G77 ", GlobalSouthDefinition.G77)]
    [InlineData("worldBankIncome", GlobalSouthDefinition.WorldBankIncome)]
    [InlineData("worldbankincome", GlobalSouthDefinition.WorldBankIncome)]
    public void TryParseGlobalSouthDefinition_wire_name_returns_definition(string value, GlobalSouthDefinition expected)
    {
        Assert.True(CountryCatalog.TryParseGlobalSouthDefinition(value, out var definition));
        Assert.Equal(expected, definition);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("worldBank")]
    [InlineData("brics")]
    public void TryParseGlobalSouthDefinition_unknown_value_returns_false(string? value) =>
        Assert.False(CountryCatalog.TryParseGlobalSouthDefinition(value, out _));

    [Theory]
    [InlineData(GlobalSouthDefinition.Unctad, "unctad")]
    [InlineData(GlobalSouthDefinition.G77, "g77")]
    [InlineData(GlobalSouthDefinition.WorldBankIncome, "worldBankIncome")]
    public void ToWireName_round_trips_and_matches_json(GlobalSouthDefinition definition, string wireName)
    {
        Assert.Equal(wireName, CountryCatalog.ToWireName(definition));
        Assert.True(CountryCatalog.TryParseGlobalSouthDefinition(CountryCatalog.ToWireName(definition), out var parsed));
        Assert.Equal(definition, parsed);
        Assert.Equal($"\"{wireName}\"", JsonSerializer.Serialize(definition));
        Assert.Equal(definition, JsonSerializer.Deserialize<GlobalSouthDefinition>($"\"{wireName}\""));
    }

    [Fact]
    public void Load_row_with_missing_field_throws_naming_file_and_line()
    {
        var path = WriteCsv(Header, NigeriaRow, "FR,FRA,250,France,150,Europe,155,Western Europe,,false,false,High");

        var error = Assert.Throws<InvalidDataException>(() => CountryCatalog.Load(path));

        Assert.Contains("line 3", error.Message);
        Assert.Contains(Path.GetFileName(path), error.Message);
    }

    [Fact]
    public void Load_duplicate_alpha2_throws_naming_both_lines()
    {
        var path = WriteCsv(Header, NigeriaRow, FranceRow, NigeriaRow.Replace("NGA,566", "XXX,999", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => CountryCatalog.Load(path));

        Assert.Contains("line 4", error.Message);
        Assert.Contains("duplicate alpha2 code 'NG' (first on line 2)", error.Message);
    }

    [Fact]
    public void Load_wrong_header_throws_on_line_1()
    {
        var path = WriteCsv(Header.Replace("g77Member", "g77", StringComparison.Ordinal), NigeriaRow);

        var error = Assert.Throws<InvalidDataException>(() => CountryCatalog.Load(path));

        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void Load_unclosed_quote_throws_on_the_line_it_opens()
    {
        var path = WriteCsv(Header, NigeriaRow, "FR,FRA,250,\"France,150,Europe,155,Western Europe,,,false,false,High");

        var error = Assert.Throws<InvalidDataException>(() => CountryCatalog.Load(path));

        Assert.Contains("line 3", error.Message);
    }

    [Theory]
    [InlineData("ng,NGA,566,Nigeria,002,Africa,202,Sub-Saharan Africa,011,Western Africa,true,true,LowerMiddle")]
    [InlineData("NG,NGA,566,Nigeria,002,Asia,202,Sub-Saharan Africa,011,Western Africa,true,true,LowerMiddle")]
    [InlineData("NG,NGA,566,Nigeria,002,Africa,202,Sub-Saharan Africa,011,Western Africa,yes,true,LowerMiddle")]
    [InlineData("NG,NGA,566,Nigeria,002,Africa,202,Sub-Saharan Africa,011,Western Africa,true,true,Middle")]
    [InlineData("NG,NGA,566,Nigeria,002,Africa,,,011,Western Africa,true,true,LowerMiddle")]
    [InlineData("NG,NGA,56,Nigeria,002,Africa,202,Sub-Saharan Africa,011,Western Africa,true,true,LowerMiddle")]
    [InlineData("NG,NGA,566,,002,Africa,202,Sub-Saharan Africa,011,Western Africa,true,true,LowerMiddle")]
    [InlineData("NG,NGA,566,Nige\"ria,002,Africa,202,Sub-Saharan Africa,011,Western Africa,true,true,LowerMiddle")]
    public void Load_invalid_value_throws_naming_the_line(string row)
    {
        var path = WriteCsv(Header, FranceRow, row);

        var error = Assert.Throws<InvalidDataException>(() => CountryCatalog.Load(path));

        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void Load_quoted_fields_with_escaped_quotes_and_line_breaks_keep_line_numbers()
    {
        var path = WriteCsv(
            Header,
            "NG,NGA,566,\"Nigeria \"\"NG\"\", federal\nrepublic\",002,Africa,202,Sub-Saharan Africa,011,Western Africa,true,true,LowerMiddle",
            "",
            FranceRow,
            "FR,FRX,251,Doublon,150,Europe,155,Western Europe,,,false,false,High");

        var error = Assert.Throws<InvalidDataException>(() => CountryCatalog.Load(path));

        Assert.Contains("line 6", error.Message);
        Assert.Contains("first on line 5", error.Message);
    }

    [Fact]
    public void Load_crlf_file_with_quoted_names_reads_every_row()
    {
        var path = WriteCsvWithLineEnd(
            "\r\n",
            Header,
            "NG,NGA,566,\"Nigeria \"\"NG\"\", federal\r\nrepublic\",002,Africa,202,Sub-Saharan Africa,011,Western Africa,true,true,LowerMiddle",
            FranceRow,
            "AQ,ATA,010,Antarctica,,,,,,,false,false,",
            "");

        var catalog = CountryCatalog.Load(path);

        Assert.Equal(["AQ", "FR", "NG"], catalog.All.Select(c => c.Alpha2));
        Assert.Equal("Nigeria \"NG\", federal\r\nrepublic", catalog.Find("NG")?.Name);
        Assert.Equal(WorldBankIncomeGroup.Unclassified, catalog.Find("AQ")?.IncomeGroup);
        Assert.Equal(M49Region.Unknown, catalog.Find("AQ")?.Region);
    }

    private string WriteCsv(params string[] lines) => WriteCsvWithLineEnd("\n", lines);

    private string WriteCsvWithLineEnd(string lineEnd, params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"countries-{Guid.NewGuid():N}.csv");
        _tempFiles.Add(path);
        File.WriteAllText(path, string.Join(lineEnd, lines) + lineEnd, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
