using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.RegionalBalance;
using static ICDiplomacy.Web.Tests.RegionalBalance.Check;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>R1–R3 and R6 at and around their boundaries, and the steps before them.</summary>
public class BalanceCheckerRegionRuleTests
{
    // 10 participants, all regions, Europe 4 (40 %), Global South 5 (NG KE IN CN BR).
    private const string EuropeAtCap = "DE FR PL GB NG KE IN CN BR AU";

    // Europe 5 (50 %), Global South 4 (NG KE IN BR) = exactly the 40 % floor.
    private const string EuropeOverCap = "DE FR PL GB UA NG KE IN BR AU";

    [Fact]
    public void RegionCap_four_of_ten_against_forty_percent_passes()
    {
        var result = Forum(EuropeAtCap);

        Assert.Equal(4, Count(result, M49Region.Europe));
        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
    }

    [Fact]
    public void RegionCap_five_of_ten_fails_with_the_smallest_number_to_add()
    {
        var result = Forum(EuropeOverCap);

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("RegionOverCap:Europe", reason.Code);
        Assert.Equal(BalanceSeverity.Hard, reason.Severity);
        Assert.Equal("Europe holds 5 of 10 participants (50 %), above the 40 % cap.", reason.Explanation);
        Assert.Equal("Add at least 3 participants from other regions.", reason.Fix); // 5/13 = 38 %; 5/12 = 42 %
    }

    [Fact]
    public void RegionCap_six_of_ten_needs_five_more_from_other_regions()
    {
        var result = Forum("DE FR PL GB UA RU NG IN BR AU", With(minGlobalSouthShare: 0m));

        var reason = Assert.Single(result.Reasons);
        Assert.Equal("Europe holds 6 of 10 participants (60 %), above the 40 % cap.", reason.Explanation);
        Assert.Equal("Add at least 5 participants from other regions.", reason.Fix);
    }

    [Fact]
    public void RegionCap_override_to_half_lets_five_of_ten_pass()
    {
        Assert.Equal(BalanceVerdict.Pass, Forum(EuropeOverCap, With(maxRegionShare: 0.5m)).Verdict);
        Assert.Equal(BalanceVerdict.Fail, Forum(EuropeOverCap, With(maxRegionShare: 0.49m)).Verdict);
    }

    [Fact]
    public void RegionCap_of_zero_asks_to_remove_instead_of_add()
    {
        var result = Forum("NG BR IN DE AU", With(maxRegionShare: 0m));

        Assert.Equal(5, result.Reasons.Count);
        Assert.All(result.Reasons, r => Assert.StartsWith("RegionOverCap:", r.Code, StringComparison.Ordinal));
        Assert.Equal("The cap is 0 %: remove the 1 participant from Africa.", result.Reasons[0].Fix);
    }

    [Fact]
    public void RegionCap_uses_participants_with_known_country_as_denominator()
    {
        // Europe 4 of 9 known (44 %) although 4 of 10 overall.
        var result = Forum("DE FR PL GB NG KE IN CN AU -", With(maxUnknownShare: 1m));

        Assert.Equal(9, result.Metrics.Nk);
        Assert.Equal(["MissingRegion:Americas", "RegionOverCap:Europe"], result.ReasonCodes);
        Assert.Contains("4 of 9 participants with a known country (44.4 %)", result.Reasons[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalSouthFloor_exactly_at_forty_percent_passes()
    {
        var result = Forum(EuropeOverCap, With(maxRegionShare: 0.5m));

        Assert.Equal(4, result.Metrics.GlobalSouthCount);
        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
    }

    [Fact]
    public void GlobalSouthFloor_one_below_fails_with_the_smallest_number_to_add()
    {
        // GS = NG IN BR = 3 of 10; (3 + 2) / 12 = 41.7 % is the first to reach 40 %.
        var result = Forum("DE FR PL GB NG JP IN BR AU US");

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("GlobalSouthBelowFloor", reason.Code);
        Assert.Equal("3 of 10 participants (30 %) are from the Global South (UNCTAD definition), below the 40 % floor.", reason.Explanation);
        Assert.Equal("Add at least 2 participants from Global South countries.", reason.Fix);
    }

    [Fact]
    public void GlobalSouthFloor_override_lowers_the_floor()
    {
        Assert.Equal(BalanceVerdict.Pass, Forum("DE FR PL GB NG JP IN BR AU US", With(minGlobalSouthShare: 0.3m)).Verdict);
        Assert.Equal(BalanceVerdict.Fail, Forum("DE FR PL GB NG JP IN BR AU US", With(minGlobalSouthShare: 0.31m)).Verdict);
    }

    [Fact]
    public void GlobalSouthFloor_of_one_asks_to_replace_when_adding_cannot_reach_it()
    {
        var result = Forum("NG BR IN DE AU", With(minGlobalSouthShare: 1m));

        var reason = Assert.Single(result.Reasons);
        Assert.Equal("The floor is 100 %: replace the 2 participants from outside the Global South.", reason.Fix);
    }

    [Fact]
    public void GlobalSouth_definition_switch_changes_only_the_floor_rule()
    {
        // MX and TW are UNCTAD developing economies but not G77 members: 4 GS under unctad, 2 under g77.
        const string roster = "MX TW NG BR DE FR PL AU CA US";
        var unctad = Forum(roster);
        var g77 = Forum(roster, globalSouth: GlobalSouthDefinition.G77);

        Assert.Equal(4, unctad.Metrics.GlobalSouthCount);
        Assert.Equal(2, g77.Metrics.GlobalSouthCount);
        Assert.Equal(GlobalSouthDefinition.G77, g77.Metrics.GlobalSouthDefinition);
        Assert.DoesNotContain("GlobalSouthBelowFloor", unctad.ReasonCodes);
        Assert.Contains("GlobalSouthBelowFloor", g77.ReasonCodes);
        Assert.Equal(unctad.ReasonCodes, g77.ReasonCodes.Where(c => c != "GlobalSouthBelowFloor"));
        Assert.Equal(unctad.Metrics.Regions, g77.Metrics.Regions);
        Assert.Equal(unctad.Metrics.Blau, g77.Metrics.Blau);
        Assert.Contains("Group of 77 definition", g77.Reasons.Single(r => r.Code == "GlobalSouthBelowFloor").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalSouth_world_bank_definition_excludes_high_income_countries()
    {
        // SA is an UNCTAD developing economy with high income; UA is European but upper-middle income.
        var unctad = Forum("SA UA NG");
        var worldBank = Forum("SA UA NG", globalSouth: GlobalSouthDefinition.WorldBankIncome);

        Assert.Equal(2, unctad.Metrics.GlobalSouthCount);
        Assert.Equal(2, worldBank.Metrics.GlobalSouthCount);
        Assert.Equal(GlobalSouthDefinition.WorldBankIncome, worldBank.Metrics.GlobalSouthDefinition);
        Assert.Equal(1, Forum("SA", globalSouth: GlobalSouthDefinition.Unctad).Metrics.GlobalSouthCount);
        Assert.Equal(0, Forum("SA", globalSouth: GlobalSouthDefinition.WorldBankIncome).Metrics.GlobalSouthCount);
    }

    [Fact]
    public void RegionCoverage_missing_oceania_is_reported_with_its_fix()
    {
        var result = Forum("NG KE BR IN CN DE FR US", With(maxRegionShare: 1m));

        var reason = Assert.Single(result.Reasons);
        Assert.Equal("MissingRegion:Oceania", reason.Code);
        Assert.Equal("No participant is from Oceania, a required region.", reason.Explanation);
        Assert.Equal("Add a participant from Oceania.", reason.Fix);
    }

    [Fact]
    public void RegionCoverage_required_regions_override_limits_the_rule()
    {
        var onlyAfrica = With(maxRegionShare: 1m, minGlobalSouthShare: 0m, requiredRegions: [M49Region.Africa]);
        var none = With(maxRegionShare: 1m, minGlobalSouthShare: 0m, requiredRegions: []);

        Assert.Equal(BalanceVerdict.Pass, Forum("NG DE", onlyAfrica).Verdict);
        Assert.Equal(["MissingRegion:Africa"], Forum("DE FR", onlyAfrica).ReasonCodes);
        Assert.Equal(BalanceVerdict.Pass, Forum("DE FR", none).Verdict);
    }

    [Fact]
    public void RegionCoverage_reports_regions_in_m49_order_whatever_the_override_order()
    {
        var result = Forum("DE", With(maxRegionShare: 1m, minGlobalSouthShare: 0m, requiredRegions: [M49Region.Oceania, M49Region.Africa]));

        Assert.Equal(["MissingRegion:Africa", "MissingRegion:Oceania"], result.ReasonCodes);
    }

    [Fact]
    public void DataCompleteness_one_unknown_in_ten_is_exactly_at_the_limit_and_passes()
    {
        var result = Forum("NG KE IN CN BR MX DE AU FR -");

        Assert.Equal(1, result.Metrics.UnknownCount);
        Assert.Equal(0.1, result.Metrics.UnknownShare);
        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
    }

    [Fact]
    public void DataCompleteness_two_unknown_in_ten_warns()
    {
        var result = Forum("NG KE IN CN BR MX DE AU - ZZ");

        Assert.Equal(BalanceVerdict.Warn, result.Verdict);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("UnknownCountryShareHigh", reason.Code);
        Assert.Equal(BalanceSeverity.Soft, reason.Severity);
        Assert.Equal("2 of 10 participants (20 %) have no known country, above the 10 % limit.", reason.Explanation);
        Assert.Equal("Record a valid country for at least 1 of them.", reason.Fix);
    }

    [Fact]
    public void DataCompleteness_override_raises_the_limit()
    {
        Assert.Equal(BalanceVerdict.Pass, Forum("NG KE IN CN BR MX DE AU - ZZ", With(maxUnknownShare: 0.2m)).Verdict);
        Assert.Equal(BalanceVerdict.Warn, Forum("NG KE IN CN BR MX DE AU - ZZ", With(maxUnknownShare: 0.19m)).Verdict);
    }

    [Fact]
    public void Empty_list_fails_with_no_participants_only()
    {
        var result = Run(BalanceProfile.Forum, [], conflict: RussiaUkraine);

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        Assert.Equal(["NoParticipants"], result.ReasonCodes);
        Assert.Equal(0, result.Metrics.N);
        Assert.Equal(0d, result.Metrics.Blau);
        Assert.Equal([0, 0], result.Metrics.Parties.Select(p => p.Count));
    }

    [Fact]
    public void All_unknown_fails_with_no_known_countries_and_high_unknown_share()
    {
        var result = Forum("- ZZ AQ xx");

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        Assert.Equal(["NoKnownCountries", "UnknownCountryShareHigh"], result.ReasonCodes);
        Assert.Equal(4, result.Metrics.N);
        Assert.Equal(0, result.Metrics.Nk);
        Assert.Equal(1d, result.Metrics.UnknownShare);
        Assert.All(result.Metrics.Regions, r => Assert.Equal(0d, r.Share));
        Assert.Equal(0d, result.Metrics.GlobalSouthShare);
        Assert.Equal(0d, result.Metrics.Shannon);
        Assert.Equal(0, result.Metrics.RegionsCovered);
    }

    [Fact]
    public void All_unknown_fails_in_the_dialogue_profile_too()
    {
        Assert.Equal(["NoKnownCountries", "UnknownCountryShareHigh"], Dialogue("- -", null).ReasonCodes);
    }

    [Fact]
    public void Supplements_place_taiwan_in_asia_kosovo_in_europe_and_antarctica_nowhere()
    {
        var result = Forum("TW xk AQ", With(maxUnknownShare: 1m));

        Assert.Equal(1, Count(result, M49Region.Asia));
        Assert.Equal(1, Count(result, M49Region.Europe));
        Assert.Equal(1, result.Metrics.UnknownCount);
        Assert.Equal(2, result.Metrics.Nk);
    }

    [Fact]
    public void Duplicates_count_once_and_the_first_occurrence_wins()
    {
        BalanceParticipant[] participants =
        [
            new("a", "NG"), new("b", "BR"), new("a", "US"), new("c", "IN"), new("d", "DE"), new("e", "AU"), new("c", "FR"),
        ];

        var result = Run(BalanceProfile.Forum, participants);

        Assert.Equal(5, result.Metrics.N);
        Assert.Equal(1, Count(result, M49Region.Africa));
        Assert.Equal(1, Count(result, M49Region.Americas));
        Assert.Equal(1, Count(result, M49Region.Europe));
        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
    }

    [Fact]
    public void Ids_are_compared_ordinally()
    {
        var result = Run(BalanceProfile.Forum, [new("A", "NG"), new("a", "NG")], With(maxRegionShare: 1m, requiredRegions: []));

        Assert.Equal(2, result.Metrics.N);
    }

    [Fact]
    public void Country_codes_are_read_in_any_case_and_with_surrounding_spaces()
    {
        var result = Run(BalanceProfile.Forum, [new("1", "ng"), new("2", " Br "), new("3", "NGA")], With(maxUnknownShare: 1m));

        Assert.Equal(1, Count(result, M49Region.Africa));
        Assert.Equal(1, Count(result, M49Region.Americas));
        Assert.Equal(1, result.Metrics.UnknownCount);
    }

    [Fact]
    public void Dialogue_profile_switches_region_and_global_south_rules_off()
    {
        var result = Dialogue("US*3 GB*2 DE*2 FR CA PL", null);

        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
        Assert.Equal(0.6, Share(result, M49Region.Europe));
    }

    [Fact]
    public void Explanations_read_as_english_for_the_americas_and_for_one_person()
    {
        var result = Forum("US CA BR MX NG IN DE AU -");

        Assert.Equal(["RegionOverCap:Americas", "UnknownCountryShareHigh"], result.ReasonCodes);
        Assert.Equal("The Americas hold 4 of 8 participants with a known country (50 %), above the 40 % cap.", result.Reasons[0].Explanation);
        Assert.Equal("1 of 9 participants (11.1 %) has no known country, above the 10 % limit.", result.Reasons[1].Explanation);
        Assert.Equal("Record a valid country for that participant.", result.Reasons[1].Fix);
        Assert.Equal("No participant is from the Americas, a required region.", Forum("NG IN DE AU").Reasons[0].Explanation);
        Assert.Equal(
            "1 of 5 participants (20 %) is from the Global South (UNCTAD definition), below the 40 % floor.",
            Forum("NG US DE JP AU").Reasons.Single().Explanation);
    }

    [Fact]
    public void Thresholds_outside_their_range_are_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Forum("NG", With(maxRegionShare: 1.01m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Forum("NG", With(minGlobalSouthShare: -0.01m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Forum("NG", With(maxPartyRatio: 0.99m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Forum("NG", With(requiredRegions: [M49Region.Unknown])));
    }
}
