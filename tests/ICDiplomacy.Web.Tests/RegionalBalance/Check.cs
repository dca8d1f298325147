using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.RegionalBalance;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>Short ways to run the checker against the shipped catalog.</summary>
internal static class Check
{
    public static readonly BalanceConflict RussiaUkraine = new(
        "Russia–Ukraine",
        [new BalanceConflictParty("Russia", ["RU"]), new BalanceConflictParty("Ukraine", ["UA"])]);

    public static readonly BalanceConflict Sudan = new(
        "Sudan",
        [new BalanceConflictParty("SAF", ["SD"]), new BalanceConflictParty("RSF", ["SD"]), new BalanceConflictParty("Civilian", ["SD"])]);

    public static BalanceResult Forum(string roster, BalanceThresholds? thresholds = null, GlobalSouthDefinition globalSouth = GlobalSouthDefinition.Unctad, BalanceConflict? conflict = null) =>
        Run(BalanceProfile.Forum, Roster.Of(roster), thresholds, globalSouth, conflict);

    public static BalanceResult Dialogue(string roster, BalanceConflict? conflict, BalanceThresholds? thresholds = null) =>
        Run(BalanceProfile.Dialogue, Roster.Of(roster), thresholds, GlobalSouthDefinition.Unctad, conflict);

    public static BalanceResult Run(BalanceProfile profile, IReadOnlyList<BalanceParticipant> participants, BalanceThresholds? thresholds = null, GlobalSouthDefinition globalSouth = GlobalSouthDefinition.Unctad, BalanceConflict? conflict = null) =>
        BalanceChecker.Check(
            new BalanceInput { Profile = profile, Participants = participants, Thresholds = thresholds, GlobalSouth = globalSouth, Conflict = conflict },
            TestCountries.Catalog);

    public static BalanceThresholds With(
        decimal? maxRegionShare = null,
        decimal? minGlobalSouthShare = null,
        decimal? maxPartyRatio = null,
        decimal? maxUnknownShare = null,
        IReadOnlyList<M49Region>? requiredRegions = null) =>
        new BalanceThresholdOverrides
        {
            MaxRegionShare = maxRegionShare,
            MinGlobalSouthShare = minGlobalSouthShare,
            MaxPartyRatio = maxPartyRatio,
            MaxUnknownShare = maxUnknownShare,
            RequiredRegions = requiredRegions,
        }.ApplyTo(BalanceThresholds.Default);

    public static double Round3(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    public static double Share(BalanceResult result, M49Region region) => result.Metrics.Regions.Single(r => r.Region == region).Share;

    public static int Count(BalanceResult result, M49Region region) => result.Metrics.Regions.Single(r => r.Region == region).Count;

    public static int Party(BalanceResult result, string name) => result.Metrics.Parties.Single(p => p.Name == name).Count;
}
