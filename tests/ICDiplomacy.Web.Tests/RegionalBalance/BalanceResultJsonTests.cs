using System.Text.Json;
using static ICDiplomacy.Web.Tests.RegionalBalance.Check;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>The result's wire shape with the web defaults (camelCase), independent of the HTTP pipeline.</summary>
public class BalanceResultJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Serialise_rounds_shares_and_indices_to_three_decimals_only_on_the_wire()
    {
        var result = Forum("NG KE ZA EG US BR MX CA IN CN ID JP SA DE FR RU UA PL AU FJ");
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result, Web));
        var metrics = json.RootElement.GetProperty("metrics");

        Assert.NotEqual(0.981, result.Metrics.BlauNormalised); // full precision in the model: 0.98125
        Assert.Equal("0.981", metrics.GetProperty("blauNormalised").GetRawText());
        Assert.Equal("0.785", metrics.GetProperty("blau").GetRawText());
        Assert.Equal("1.567", metrics.GetProperty("shannon").GetRawText());
        Assert.Equal("0.974", metrics.GetProperty("evenness").GetRawText());
        Assert.Equal("0.55", metrics.GetProperty("globalSouthShare").GetRawText());
        Assert.Equal("unctad", metrics.GetProperty("globalSouthDefinition").GetString());
        Assert.Equal(20, metrics.GetProperty("n").GetInt32());
        Assert.Equal(20, metrics.GetProperty("nk").GetInt32());
        var africa = metrics.GetProperty("regions")[0];
        Assert.Equal("Africa", africa.GetProperty("region").GetString());
        Assert.Equal(4, africa.GetProperty("count").GetInt32());
        Assert.Equal("PASS", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("forum", json.RootElement.GetProperty("profile").GetString());
    }

    [Fact]
    public void Serialise_writes_verdict_reasons_and_reason_codes_in_the_spec_words()
    {
        var result = Forum("US*3 GB*2 DE*2 FR CA PL");
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(result, Web));
        var root = json.RootElement;

        Assert.Equal("FAIL", root.GetProperty("verdict").GetString());
        Assert.Equal(
            ["MissingRegion:Africa", "MissingRegion:Asia", "MissingRegion:Oceania", "RegionOverCap:Europe", "GlobalSouthBelowFloor"],
            root.GetProperty("reasonCodes").EnumerateArray().Select(e => e.GetString()));
        var first = root.GetProperty("reasons")[0];
        Assert.Equal("MissingRegion:Africa", first.GetProperty("code").GetString());
        Assert.Equal("hard", first.GetProperty("severity").GetString());
        Assert.Equal("Add a participant from Africa.", first.GetProperty("fix").GetString());
        Assert.Equal(
            ["Africa", "Americas", "Asia", "Europe", "Oceania"],
            root.GetProperty("thresholds").GetProperty("requiredRegions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("0.40", root.GetProperty("thresholds").GetProperty("maxRegionShare").GetRawText());
    }
}
