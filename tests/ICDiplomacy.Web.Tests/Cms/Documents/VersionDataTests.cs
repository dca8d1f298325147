using System.Text.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;

namespace ICDiplomacy.Web.Tests.Cms.Documents;

public class VersionDataTests
{
    [Fact]
    public void Deserialize_of_serialized_data_gives_back_the_same_canonical_json()
    {
        var data = new VersionData();
        data.Names["en"] = "Sahel dialogue — \"phase 2\"";
        data.Names["ar"] = "حوار الساحل";
        data.Segments["en"] = "sahel-dialogue";
        data.SetValue("summary", "en", JsonValue.Create("A <b>summary</b> with \\u00e9 and 😀"));
        data.SetValue("year", VersionData.Invariant, JsonValue.Create(2026));
        data.SetValue("ratio", VersionData.Invariant, JsonValue.Create(0.25m));
        data.SetValue("flag", VersionData.Invariant, JsonValue.Create(true));
        data.SetValue("empty", VersionData.Invariant, null);
        data.SetValue("blocks", "fr", JsonNode.Parse("""[{"contentTypeAlias":"quote","values":{"text":"x","n":[1,2,{"deep":null}]}}]"""));
        data.SetValue("links", "zh", JsonNode.Parse("""{"a":{"b":{"c":[]}}}"""));
        var json = data.Serialize();

        var read = VersionData.Deserialize(json);

        Assert.Equal(json, read.Serialize());
        Assert.Null(read.GetValue("empty", VersionData.Invariant));
        Assert.Equal(2026, read.GetValue("year", "*")!.GetValue<int>());
    }

    [Fact]
    public void Deserialize_matches_cultures_case_insensitively_and_aliases_exactly()
    {
        var read = VersionData.Deserialize("""{"names":{"EN":"Name"},"segments":{"En":"name"},"values":{"title":{"EN":"T"}}}""");

        Assert.Equal("Name", read.Names["en"]);
        Assert.Equal("name", read.Segments["en"]);
        Assert.Equal("T", read.GetValue("title", "en")!.GetValue<string>());
        Assert.Null(read.GetValue("Title", "en"));
    }

    [Fact]
    public void Deserialize_skips_unknown_sections_and_accepts_missing_or_null_ones()
    {
        var read = VersionData.Deserialize("""{"Names":{"en":"N"},"extra":{"x":[1,{"y":2}]},"segments":null,"values":{"a":null,"b":{"en":{"k":"v"}}}}""");

        Assert.Equal("N", read.Names["en"]);
        Assert.Empty(read.Segments);
        Assert.Empty(read.Values["a"]);
        Assert.Equal("v", read.GetValue("b", "en")!["k"]!.GetValue<string>());
        Assert.Empty(VersionData.Deserialize("null").Values);
        Assert.Empty(VersionData.Deserialize("{}").Names);
    }

    [Fact]
    public void Deserialize_of_malformed_json_throws_a_json_error()
    {
        Assert.ThrowsAny<JsonException>(() => VersionData.Deserialize("""{"names":["en"]}"""));
        Assert.ThrowsAny<JsonException>(() => VersionData.Deserialize("""{"names":{"en":"N"}"""));
    }
}
