using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

public class CheckBalanceEndpointTests(BalanceApiFactory factory) : IClassFixture<BalanceApiFactory>
{
    private const string Url = "/api/balance/check";

    private static JsonObject Participant(string id, string? country, string? party = null)
    {
        var participant = new JsonObject { ["id"] = id, ["country"] = country };
        if (party is not null)
        {
            participant["party"] = party;
        }

        return participant;
    }

    private static JsonObject Request(string profile, params string?[] countries) => new()
    {
        ["profile"] = profile,
        ["participants"] = new JsonArray([.. countries.Select((c, i) => (JsonNode)Participant($"p{i + 1}", c))]),
    };

    private Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(JsonNode body) => PostAsync(body.ToJsonString());

    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(string json)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync(Url, new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    private Task<JsonElement> PostInvalidAsync(JsonNode body, string field) => PostInvalidAsync(body.ToJsonString(), field);

    private async Task<JsonElement> PostInvalidAsync(string json, string field)
    {
        var (status, problem, response) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"Expected an error for '{field}', got {errors}.");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        return problem;
    }

    [Fact]
    public async Task Check_example_one_returns_pass_with_rounded_metrics()
    {
        var (status, body, _) = await PostAsync(Request("forum", "NG", "KE", "ZA", "EG", "US", "BR", "MX", "CA", "IN", "CN", "ID", "JP", "SA", "DE", "FR", "RU", "UA", "PL", "AU", "FJ"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PASS", body.GetProperty("verdict").GetString());
        Assert.Empty(body.GetProperty("reasons").EnumerateArray());
        Assert.Empty(body.GetProperty("reasonCodes").EnumerateArray());
        var metrics = body.GetProperty("metrics");
        Assert.Equal(20, metrics.GetProperty("n").GetInt32());
        Assert.Equal(0.785, metrics.GetProperty("blau").GetDouble());
        Assert.Equal(0.981, metrics.GetProperty("blauNormalised").GetDouble());
        Assert.Equal(1.567, metrics.GetProperty("shannon").GetDouble());
        Assert.Equal(0.974, metrics.GetProperty("evenness").GetDouble());
        Assert.Equal(0.55, metrics.GetProperty("globalSouthShare").GetDouble());
        Assert.Equal("unctad", metrics.GetProperty("globalSouthDefinition").GetString());
        Assert.Equal(
            ["Africa", "Americas", "Asia", "Europe", "Oceania"],
            metrics.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("region").GetString()));
        Assert.Equal(0.25, metrics.GetProperty("regions")[2].GetProperty("share").GetDouble());
        Assert.Equal(5, metrics.GetProperty("regionsCovered").GetInt32());
        Assert.Equal(0, metrics.GetProperty("unknownCount").GetInt32());
        Assert.Equal(0, metrics.GetProperty("neutralCount").GetInt32());
        Assert.Empty(metrics.GetProperty("parties").EnumerateArray());
    }

    [Fact]
    public async Task Check_example_two_returns_fail_with_reasons_as_objects_and_codes()
    {
        var (status, body, _) = await PostAsync(Request("forum", "US", "US", "US", "GB", "GB", "DE", "DE", "FR", "CA", "PL"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("FAIL", body.GetProperty("verdict").GetString());
        string[] codes = ["MissingRegion:Africa", "MissingRegion:Asia", "MissingRegion:Oceania", "RegionOverCap:Europe", "GlobalSouthBelowFloor"];
        Assert.Equal(codes, body.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(codes, body.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var overCap = body.GetProperty("reasons")[3];
        Assert.Equal("hard", overCap.GetProperty("severity").GetString());
        Assert.Equal("Europe holds 6 of 10 participants (60 %), above the 40 % cap.", overCap.GetProperty("explanation").GetString());
        Assert.Equal("Add at least 5 participants from other regions.", overCap.GetProperty("fix").GetString());
    }

    [Fact]
    public async Task Check_dialogue_with_conflict_and_tags_reports_parties()
    {
        var request = new JsonObject
        {
            ["profile"] = "dialogue",
            ["conflict"] = new JsonObject
            {
                ["name"] = "Sudan",
                ["parties"] = new JsonArray(
                    new JsonObject { ["name"] = "SAF", ["countries"] = new JsonArray("SD") },
                    new JsonObject { ["name"] = "RSF", ["countries"] = new JsonArray("SD") },
                    new JsonObject { ["name"] = "Civilian", ["countries"] = new JsonArray("SD") }),
            },
            ["participants"] = new JsonArray(
                Participant("1", "SD", "SAF"), Participant("2", "SD", "saf"), Participant("3", "SD", "RSF"), Participant("4", "SD", "RSF"),
                Participant("5", "SD"), Participant("6", "KE"), Participant("7", "EG")),
        };

        var (status, body, _) = await PostAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("FAIL", body.GetProperty("verdict").GetString());
        Assert.Equal(["MissingParty:Civilian", "AmbiguousPartyAffiliation"], body.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetString()));
        var metrics = body.GetProperty("metrics");
        Assert.Equal([2, 2, 0], metrics.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("count").GetInt32()));
        Assert.Equal(1, metrics.GetProperty("ambiguousCount").GetInt32());
        Assert.Equal(2, metrics.GetProperty("neutralCount").GetInt32());
    }

    [Fact]
    public async Task Check_applies_threshold_overrides_and_global_south_choice_and_echoes_them()
    {
        var request = Request("forum", "DE", "FR", "PL", "GB", "UA", "NG", "KE", "IN", "BR", "AU");
        request["globalSouth"] = "g77";
        request["thresholds"] = new JsonObject
        {
            ["maxRegionShare"] = 0.5,
            ["minGlobalSouthShare"] = 0.4,
            ["maxPartyRatio"] = 3,
            ["maxUnknownShare"] = 0,
            ["requiredRegions"] = new JsonArray("africa", "Europe"),
        };

        var (status, body, _) = await PostAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PASS", body.GetProperty("verdict").GetString());
        Assert.Equal("g77", body.GetProperty("globalSouth").GetString());
        Assert.Equal("g77", body.GetProperty("metrics").GetProperty("globalSouthDefinition").GetString());
        var thresholds = body.GetProperty("thresholds");
        Assert.Equal(0.5m, thresholds.GetProperty("maxRegionShare").GetDecimal());
        Assert.Equal(3m, thresholds.GetProperty("maxPartyRatio").GetDecimal());
        Assert.Equal(0.10m * 0, thresholds.GetProperty("maxUnknownShare").GetDecimal());
        Assert.Equal(["Africa", "Europe"], thresholds.GetProperty("requiredRegions").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Check_counts_a_well_formed_unknown_code_as_unknown_region()
    {
        var (status, body, _) = await PostAsync(Request("forum", "NG", "BR", "IN", "DE", "AU", "ZZ", null, ""));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body.GetProperty("metrics").GetProperty("unknownCount").GetInt32());
        Assert.Equal(["UnknownCountryShareHigh"], body.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("WARN", body.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Check_accepts_numeric_ids_and_empty_lists()
    {
        var numeric = JsonNode.Parse("""{"profile":"forum","participants":[{"id":1,"country":"NG"},{"id":1,"country":"US"}]}""")!;
        var empty = JsonNode.Parse("""{"profile":"dialogue","participants":[]}""")!;

        var (status, body, _) = await PostAsync(numeric);
        var (emptyStatus, emptyBody, _) = await PostAsync(empty);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("metrics").GetProperty("n").GetInt32());
        Assert.Equal(HttpStatusCode.OK, emptyStatus);
        Assert.Equal(["NoParticipants"], emptyBody.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("""{"participants":[]}""", "profile")]
    [InlineData("""{"profile":"summit","participants":[]}""", "profile")]
    [InlineData("""{"profile":"forum"}""", "participants")]
    [InlineData("""{"profile":"forum","participants":[{"id":"a","country":"NG"},{"country":"BR"}]}""", "participants[1].id")]
    [InlineData("""{"profile":"forum","participants":[{"id":"a","country":"NG"},{"id":"  ","country":"BR"}]}""", "participants[1].id")]
    [InlineData("""{"profile":"forum","participants":[null]}""", "participants[0]")]
    [InlineData("""{"profile":"forum","participants":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d","country":"NGA"}]}""", "participants[3].country")]
    [InlineData("""{"profile":"forum","participants":[{"id":"a","country":"N1"}]}""", "participants[0].country")]
    [InlineData("""{"profile":"forum","participants":[{"id":"a","country":"É"}]}""", "participants[0].country")]
    [InlineData("""{"profile":"forum","participants":[],"globalSouth":"south"}""", "globalSouth")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"maxRegionShare":1.5}}""", "thresholds.maxRegionShare")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"maxRegionShare":-0.1}}""", "thresholds.maxRegionShare")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"minGlobalSouthShare":2}}""", "thresholds.minGlobalSouthShare")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"maxUnknownShare":1.01}}""", "thresholds.maxUnknownShare")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"maxPartyRatio":0.5}}""", "thresholds.maxPartyRatio")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"requiredRegions":["Africa","Atlantis"]}}""", "thresholds.requiredRegions[1]")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"requiredRegions":["Unknown"]}}""", "thresholds.requiredRegions[0]")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"maxRegionShare":"abc"}}""", "thresholds.maxRegionShare")]
    [InlineData("""{"profile":"forum","participants":[],"thresholds":{"maxRegionShares":0.5}}""", "thresholds.maxRegionShares")]
    [InlineData("""{"profile":"forum","participants":[],"conflict":{"parties":[{"name":"A"}]}}""", "conflict.name")]
    [InlineData("""{"profile":"forum","participants":[],"conflict":{"name":"X","parties":[]}}""", "conflict.parties")]
    [InlineData("""{"profile":"forum","participants":[],"conflict":{"name":"X","parties":[{"name":"A"},{"name":" a "}]}}""", "conflict.parties[1].name")]
    [InlineData("""{"profile":"forum","participants":[],"conflict":{"name":"X","parties":[{"name":"A","countries":["RU","RUS"]}]}}""", "conflict.parties[0].countries[1]")]
    [InlineData("""{"profile":"forum","participants":[{"id":"a","country":"RU","party":"Rusia"}],"conflict":{"name":"X","parties":[{"name":"Russia","countries":["RU"]}]}}""", "participants[0].party")]
    [InlineData("""{"profile":"forum","participants":"all"}""", "participants")]
    [InlineData("""{"profile":"forum","participants":[], """, "body")]
    [InlineData("""not json""", "body")]
    [InlineData("""[]""", "body")]
    [InlineData("""null""", "body")]
    public async Task Check_with_bad_input_returns_400_naming_the_field(string json, string field)
    {
        await PostInvalidAsync(json, field);
    }

    [Fact]
    public async Task Check_reports_every_bad_field_at_once()
    {
        var problem = await PostInvalidAsync(
            """{"profile":"x","participants":[{"id":"a","country":"NGA"}],"thresholds":{"maxRegionShare":3}}""",
            "profile");

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("participants[0].country", out _));
        Assert.True(errors.TryGetProperty("thresholds.maxRegionShare", out _));
    }

    [Fact]
    public async Task Check_with_10001_participants_returns_400_with_a_clear_message()
    {
        var request = Request("forum", [.. Enumerable.Repeat("NG", 10_001)]);

        var problem = await PostInvalidAsync(request, "participants");

        var message = problem.GetProperty("errors").GetProperty("participants")[0].GetString();
        Assert.Contains("at most 10000", message, StringComparison.Ordinal);
        Assert.Contains("10001", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_with_exactly_10000_participants_is_accepted()
    {
        var (status, body, _) = await PostAsync(Request("forum", [.. Enumerable.Repeat("NG", 10_000)]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(10_000, body.GetProperty("metrics").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Check_without_json_content_type_returns_415()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync(Url, new StringContent("profile=forum", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Check_with_a_body_over_the_limit_returns_413()
    {
        using var small = factory.WithSettings(("RegionalBalance:MaxRequestBodyBytes", "2048"));
        using var client = small.CreateClient();
        var body = Request("forum", [.. Enumerable.Repeat("NG", 200)]).ToJsonString();

        var response = await client.PostAsync(Url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
