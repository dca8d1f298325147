using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.RegionalBalance;

// Wire shapes of POST /api/balance/check, kept together (house style allows an endpoint's request records
// beside each other). Everything is nullable here: CheckBalanceRequestValidator names each missing or bad
// field in the 400. Unknown JSON fields are rejected so that a misspelt override is not silently ignored.

/// <summary>Body of <c>POST /api/balance/check</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CheckBalanceRequest
{
    /// <summary><c>forum</c> or <c>dialogue</c>; required.</summary>
    public string? Profile { get; init; }

    /// <summary>Required; may be empty (verdict FAIL, NoParticipants). At most <c>RegionalBalance:MaxParticipants</c>.</summary>
    public IReadOnlyList<CheckBalanceParticipant?>? Participants { get; init; }

    public CheckBalanceConflict? Conflict { get; init; }

    /// <summary><c>unctad</c>, <c>g77</c> or <c>worldBankIncome</c>; omitted means the configured default.</summary>
    public string? GlobalSouth { get; init; }

    public CheckBalanceThresholds? Thresholds { get; init; }
}

/// <summary>A participant: <c>id</c> (string or number) required, <c>country</c> alpha-2 optional, <c>party</c> tag optional.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CheckBalanceParticipant
{
    [JsonConverter(typeof(StringOrNumberJsonConverter))]
    public string? Id { get; init; }

    public string? Country { get; init; }

    public string? Party { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CheckBalanceConflict
{
    public string? Name { get; init; }

    public IReadOnlyList<CheckBalanceConflictParty?>? Parties { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CheckBalanceConflictParty
{
    public string? Name { get; init; }

    public IReadOnlyList<string?>? Countries { get; init; }
}

/// <summary>Overrides of the profile's thresholds; shares in [0, 1], <c>maxPartyRatio</c> at least 1.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CheckBalanceThresholds
{
    public decimal? MaxRegionShare { get; init; }

    public decimal? MinGlobalSouthShare { get; init; }

    public decimal? MaxPartyRatio { get; init; }

    public decimal? MaxUnknownShare { get; init; }

    public IReadOnlyList<string?>? RequiredRegions { get; init; }
}
