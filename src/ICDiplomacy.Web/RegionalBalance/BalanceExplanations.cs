using System.Globalization;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Builds each reason with its plain-language explanation and the smallest change that fixes it. Numbers are
/// written in the invariant culture so the text does not change with the server's locale.
/// </summary>
internal static class BalanceExplanations
{
    private const int MaxCodesInFix = 5;

    public static BalanceReason NoParticipants() => new(
        BalanceReasonCodes.NoParticipants,
        BalanceSeverity.Hard,
        "The list has no participants.",
        "Add participants, then check again.");

    public static BalanceReason NoKnownCountries(int n) => new(
        BalanceReasonCodes.NoKnownCountries,
        BalanceSeverity.Hard,
        Invariant($"None of the {People(n)} has a known country, so regional balance cannot be measured."),
        "Record each participant's country as an ISO 3166-1 alpha-2 code.");

    public static BalanceReason MissingRegion(M49Region region) => new(
        BalanceReasonCodes.MissingRegion(region),
        BalanceSeverity.Hard,
        Invariant($"No participant is from {InSentence(region)}, a required region."),
        Invariant($"Add a participant from {InSentence(region)}."));

    public static BalanceReason RegionOverCap(M49Region region, int count, int n, int nk, decimal cap)
    {
        var name = InSentence(region);
        var holds = region == M49Region.Americas ? "hold" : "holds";
        var toAdd = ThresholdMath.MinAddedToDilute(count, nk, cap);
        return new(
            BalanceReasonCodes.RegionOverCap(region),
            BalanceSeverity.Hard,
            Invariant($"{char.ToUpperInvariant(name[0])}{name[1..]} {holds} {count} of {People(nk)}{KnownSuffix(n, nk)} ({Percent(count, nk)}), above the {Percent(cap)} cap."),
            toAdd is { } k
                ? Invariant($"Add at least {People(k)} from other regions.")
                : Invariant($"The cap is {Percent(cap)}: remove the {People(count)} from {name}."));
    }

    public static BalanceReason GlobalSouthBelowFloor(int globalSouth, int n, int nk, GlobalSouthDefinition definition, decimal floor)
    {
        var toAdd = ThresholdMath.MinAddedToReach(globalSouth, nk, floor);
        return new(
            BalanceReasonCodes.GlobalSouthBelowFloor,
            BalanceSeverity.Hard,
            Invariant($"{globalSouth} of {People(nk)}{KnownSuffix(n, nk)} ({Percent(globalSouth, nk)}) {(globalSouth == 1 ? "is" : "are")} from the Global South ({DefinitionName(definition)}), below the {Percent(floor)} floor."),
            toAdd is { } k
                ? Invariant($"Add at least {People(k)} from Global South countries.")
                : Invariant($"The floor is {Percent(floor)}: replace the {People(nk - globalSouth)} from outside the Global South."));
    }

    public static BalanceReason MissingParty(BalanceConflict conflict, BalanceConflictParty party)
    {
        var codes = party.Countries.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var how = codes.Count == 0
            ? Invariant($"tagged with the party \"{party.Name}\"")
            : Invariant($"from {List(codes, MaxCodesInFix, "or")}, or tagged with the party \"{party.Name}\"");
        return new(
            BalanceReasonCodes.MissingParty(party.Name),
            BalanceSeverity.Hard,
            Invariant($"No participant represents {party.Name}, a party to the conflict {conflict.Name}."),
            Invariant($"Add a participant representing {party.Name} ({how})."));
    }

    public static BalanceReason PartyImbalance(IReadOnlyList<BalanceConflictParty> parties, int[] counts, decimal maxRatio, BalanceSeverity severity)
    {
        int largest = 0, smallest = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            largest = counts[i] > counts[largest] ? i : largest;
            smallest = counts[i] < counts[smallest] ? i : smallest;
        }

        var max = counts[largest];
        var additions = new List<string>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (ThresholdMath.MinAddedToDilute(max, counts[i], maxRatio) is > 0 and var k)
            {
                additions.Add(additions.Count == 0
                    ? Invariant($"{People(k)} representing {parties[i].Name}")
                    : Invariant($"{k} representing {parties[i].Name}"));
            }
        }

        var ratio = (decimal)max / counts[smallest];
        return new(
            BalanceReasonCodes.PartyImbalance,
            severity,
            Invariant($"{parties[largest].Name} has {People(max)} and {parties[smallest].Name} {counts[smallest]}: a ratio of {Number(ratio)} to 1, above the maximum of {Number(maxRatio)} to 1."),
            Invariant($"Add at least {List(additions, additions.Count, "and")}."));
    }

    public static BalanceReason UnknownCountryShareHigh(int unknown, int n, decimal maxShare)
    {
        var toResolve = ThresholdMath.MinRemovedToFit(unknown, n, maxShare);
        return new(
            BalanceReasonCodes.UnknownCountryShareHigh,
            BalanceSeverity.Soft,
            Invariant($"{unknown} of {People(n)} ({Percent(unknown, n)}) {(unknown == 1 ? "has" : "have")} no known country, above the {Percent(maxShare)} limit."),
            toResolve == unknown
                ? (unknown == 1 ? "Record a valid country for that participant." : "Record a valid country for all of them.")
                : Invariant($"Record a valid country for at least {toResolve} of them."));
    }

    public static BalanceReason AmbiguousPartyAffiliation(int ambiguous, IReadOnlyList<string> someIds, IReadOnlyList<BalanceConflictParty> parties)
    {
        var ids = ambiguous > someIds.Count ? string.Join(", ", someIds) + ", …" : List(someIds, someIds.Count, "and");
        var verb = ambiguous == 1 ? "comes" : "come";
        return new(
            BalanceReasonCodes.AmbiguousPartyAffiliation,
            BalanceSeverity.Soft,
            Invariant($"{People(ambiguous)} ({ids}) {verb} from a country that several parties share, so the party cannot be inferred."),
            Invariant($"Tag {(ambiguous == 1 ? "the participant" : "each of them")} with the party represented: {List([.. parties.Select(p => p.Name)], parties.Count, "or")}."));
    }

    private static string People(long count) => count == 1 ? "1 participant" : Invariant($"{count} participants");

    // "the Americas" reads as English does; reason codes keep the bare M49 name.
    private static string InSentence(M49Region region) =>
        region == M49Region.Americas ? "the Americas" : BalanceRegions.WireName(region);

    private static string KnownSuffix(int n, int nk) => n == nk ? string.Empty : " with a known country";

    private static string Percent(long part, long whole) => Invariant($"{Math.Round(100d * part / whole, 1, MidpointRounding.AwayFromZero):0.#} %");

    private static string Percent(decimal fraction) => Invariant($"{fraction * 100m:0.##} %");

    private static string Number(decimal value) => Invariant($"{Math.Round(value, 2, MidpointRounding.AwayFromZero):0.##}");

    private static string DefinitionName(GlobalSouthDefinition definition) => definition switch
    {
        GlobalSouthDefinition.Unctad => "UNCTAD definition",
        GlobalSouthDefinition.G77 => "Group of 77 definition",
        _ => "World Bank income definition",
    };

    private static string List(IReadOnlyList<string> items, int limit, string conjunction)
    {
        if (items.Count > limit)
        {
            return string.Join(", ", items.Take(limit)) + ", …";
        }

        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " " + conjunction + " " + items[^1],
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
