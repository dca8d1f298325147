using ICDiplomacy.Web.RegionalBalance;
using static ICDiplomacy.Web.Tests.RegionalBalance.Check;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>Step 3 (party resolution) and R4, R5, R7.</summary>
public class BalanceCheckerPartyRuleTests
{
    [Fact]
    public void PartyParity_ratio_exactly_at_two_passes()
    {
        var result = Dialogue("RU*2 UA*4", RussiaUkraine);

        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
    }

    [Fact]
    public void PartyParity_above_two_fails_hard_in_dialogue_with_how_many_to_add()
    {
        var result = Dialogue("RU*2 UA*5", RussiaUkraine);

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("PartyImbalance", reason.Code);
        Assert.Equal(BalanceSeverity.Hard, reason.Severity);
        Assert.Equal("Ukraine has 5 participants and Russia 2: a ratio of 2.5 to 1, above the maximum of 2 to 1.", reason.Explanation);
        Assert.Equal("Add at least 1 participant representing Russia.", reason.Fix);
    }

    [Fact]
    public void PartyParity_above_two_only_warns_in_forum()
    {
        var result = Forum("RU*2 UA*5 NG*3 KE*2 IN*4 CN*2 BR*4 MX*2 AU FJ", conflict: RussiaUkraine);

        Assert.Equal(BalanceVerdict.Warn, result.Verdict);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("PartyImbalance", reason.Code);
        Assert.Equal(BalanceSeverity.Soft, reason.Severity);
    }

    [Fact]
    public void PartyParity_with_ratio_one_demands_hard_parity_in_dialogue()
    {
        var parity = With(maxPartyRatio: 1m);

        Assert.Equal(BalanceVerdict.Pass, Dialogue("RU*3 UA*3 DE", RussiaUkraine, parity).Verdict);
        var result = Dialogue("RU*3 UA*4", RussiaUkraine, parity);
        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        Assert.Equal("Add at least 1 participant representing Russia.", Assert.Single(result.Reasons).Fix);
    }

    [Fact]
    public void PartyParity_override_raises_the_ratio()
    {
        Assert.Equal(BalanceVerdict.Pass, Dialogue("RU*2 UA*6", RussiaUkraine, With(maxPartyRatio: 3m)).Verdict);
        Assert.Equal(BalanceVerdict.Fail, Dialogue("RU*2 UA*6", RussiaUkraine, With(maxPartyRatio: 2.99m)).Verdict);
    }

    [Fact]
    public void PartyParity_fix_names_every_party_below_the_ratio()
    {
        var conflict = new BalanceConflict("Three-way", [new("A", ["DE"]), new("B", ["FR"]), new("C", ["PL"])]);

        var result = Dialogue("DE*10 FR*2 PL*3", conflict);

        var reason = Assert.Single(result.Reasons);
        Assert.Equal("A has 10 participants and B 2: a ratio of 5 to 1, above the maximum of 2 to 1.", reason.Explanation);
        Assert.Equal("Add at least 3 participants representing B and 2 representing C.", reason.Fix);
    }

    [Fact]
    public void PartyImbalance_is_not_evaluated_while_a_party_is_missing()
    {
        var result = Dialogue("UA*9", RussiaUkraine);

        Assert.Equal(["MissingParty:Russia"], result.ReasonCodes);
        Assert.Equal(
            "Add a participant representing Russia (from RU, or tagged with the party \"Russia\").",
            result.Reasons[0].Fix);
    }

    [Fact]
    public void PartyPresence_is_hard_in_forum_as_well()
    {
        var result = Forum("UA NG KE BR MX IN CN AU FJ DE", conflict: RussiaUkraine);

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        Assert.Equal(["MissingParty:Russia"], result.ReasonCodes);
    }

    [Fact]
    public void Explicit_tag_wins_over_the_country_and_matches_case_insensitively()
    {
        // A Russian citizen tagged Ukraine and a German tagged " russia " count for the tagged parties.
        var result = Run(BalanceProfile.Dialogue, [new("1", "RU", "Ukraine"), new("2", "DE", " russia "), new("3", "UA")], conflict: RussiaUkraine);

        Assert.Equal(1, Party(result, "Russia"));
        Assert.Equal(2, Party(result, "Ukraine"));
        Assert.Equal(0, result.Metrics.NeutralCount);
    }

    [Fact]
    public void Explicit_tag_counts_without_a_known_country()
    {
        var result = Dialogue("-@Russia -@Ukraine", RussiaUkraine, With(maxUnknownShare: 1m));

        Assert.Equal(1, Party(result, "Russia"));
        Assert.Equal(1, Party(result, "Ukraine"));
        Assert.Equal(["NoKnownCountries"], result.ReasonCodes);
    }

    [Fact]
    public void Tag_naming_no_party_counts_as_neutral()
    {
        var result = Dialogue("RU UA RU@Observers", RussiaUkraine);

        Assert.Equal(1, Party(result, "Russia"));
        Assert.Equal(1, result.Metrics.NeutralCount);
    }

    [Fact]
    public void Untagged_participant_from_a_shared_country_is_ambiguous_and_warns()
    {
        var conflict = new BalanceConflict("Shared", [new("North", ["SD", "SS"]), new("South", ["SD"])]);

        var result = Dialogue("SD@North SD@South SS SD", conflict);

        Assert.Equal(BalanceVerdict.Warn, result.Verdict);
        Assert.Equal(2, Party(result, "North"));
        Assert.Equal(1, Party(result, "South"));
        Assert.Equal(1, result.Metrics.AmbiguousCount);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("AmbiguousPartyAffiliation", reason.Code);
        Assert.Equal("1 participant (p4) comes from a country that several parties share, so the party cannot be inferred.", reason.Explanation);
        Assert.Equal("Tag the participant with the party represented: North or South.", reason.Fix);
    }

    [Fact]
    public void Ambiguity_explanation_lists_at_most_five_ids()
    {
        var result = Dialogue("SD@SAF SD@RSF SD@Civilian SD*7", Sudan);

        Assert.Equal(7, result.Metrics.AmbiguousCount);
        Assert.Equal(
            "7 participants (p4, p5, p6, p7, p8, …) come from a country that several parties share, so the party cannot be inferred.",
            result.Reasons.Single().Explanation);
    }

    [Fact]
    public void Without_a_conflict_party_tags_are_ignored_and_no_one_is_neutral()
    {
        var result = Forum("NG@SAF BR IN DE AU");

        Assert.Empty(result.Metrics.Parties);
        Assert.Equal(0, result.Metrics.NeutralCount);
        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
    }

    [Fact]
    public void Reasons_follow_the_specification_order_across_all_rules()
    {
        // Forum, Europe-heavy, no Oceania, little Global South, Russia missing, 2 of 7 unknown, one ambiguous.
        var conflict = new BalanceConflict("Mixed", [new("Russia", ["RU"]), new("West", ["DE", "FR", "US"]), new("East", ["US"])]);

        var result = Forum("DE FR PL US NG - -", conflict: conflict);

        Assert.Equal(
        [
            "MissingRegion:Asia", "MissingRegion:Oceania", "RegionOverCap:Europe", "GlobalSouthBelowFloor",
            "MissingParty:Russia", "MissingParty:East", "UnknownCountryShareHigh", "AmbiguousPartyAffiliation",
        ],
            result.ReasonCodes);
        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
    }

    [Fact]
    public void PartyImbalance_comes_between_party_presence_and_data_completeness()
    {
        var result = Forum("RU UA*3 NG*2 BR*2 IN*2 AU - -", conflict: RussiaUkraine);

        Assert.Equal(["PartyImbalance", "UnknownCountryShareHigh"], result.ReasonCodes);
        Assert.Equal(BalanceVerdict.Warn, result.Verdict);
    }
}
