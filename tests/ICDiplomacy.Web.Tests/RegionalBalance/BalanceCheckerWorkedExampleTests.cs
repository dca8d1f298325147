using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.RegionalBalance;
using static ICDiplomacy.Web.Tests.RegionalBalance.Check;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>The five worked examples of shared/domain/regional-balance.md, metrics to 3 decimals.</summary>
public class BalanceCheckerWorkedExampleTests
{
    [Fact]
    public void Example1_twenty_from_all_regions_passes_with_hand_computed_indices()
    {
        var result = Forum("NG KE ZA EG US BR MX CA IN CN ID JP SA DE FR RU UA PL AU FJ");

        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
        Assert.Empty(result.Reasons);
        var m = result.Metrics;
        Assert.Equal(20, m.N);
        Assert.Equal(20, m.Nk);
        Assert.Equal([0.200, 0.200, 0.250, 0.250, 0.100], m.Regions.Select(r => Round3(r.Share)));
        Assert.Equal([4, 4, 5, 5, 2], m.Regions.Select(r => r.Count));
        Assert.Equal(11, m.GlobalSouthCount);
        Assert.Equal(0.550, Round3(m.GlobalSouthShare));
        Assert.Equal(GlobalSouthDefinition.Unctad, m.GlobalSouthDefinition);
        Assert.Equal(5, m.RegionsCovered);
        Assert.Equal(0.785, Round3(m.Blau));
        Assert.Equal(0.981, Round3(m.BlauNormalised));
        Assert.Equal(1.567, Round3(m.Shannon));
        Assert.Equal(0.974, Round3(m.Evenness));
        Assert.Equal(0, m.UnknownCount);
        Assert.Equal(0d, m.UnknownShare);
    }

    [Fact]
    public void Example2_north_atlantic_list_fails_with_five_reasons_in_order()
    {
        var result = Forum("US*3 GB*2 DE*2 FR CA PL");

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        Assert.Equal(
            ["MissingRegion:Africa", "MissingRegion:Asia", "MissingRegion:Oceania", "RegionOverCap:Europe", "GlobalSouthBelowFloor"],
            result.ReasonCodes);
        Assert.Equal(0.400, Round3(Share(result, M49Region.Americas)));
        Assert.Equal(0.600, Round3(Share(result, M49Region.Europe)));
        Assert.Equal(0, result.Metrics.GlobalSouthCount);
        Assert.Equal(0d, result.Metrics.GlobalSouthShare);
        Assert.Equal(2, result.Metrics.RegionsCovered);
    }

    [Fact]
    public void Example3_one_per_region_passes_with_perfect_evenness()
    {
        var result = Forum("NG BR IN DE AU");

        Assert.Equal(BalanceVerdict.Pass, result.Verdict);
        Assert.All(result.Metrics.Regions, r => Assert.Equal(0.200, Round3(r.Share)));
        Assert.Equal(0.600, Round3(result.Metrics.GlobalSouthShare));
        Assert.Equal(0.800, Round3(result.Metrics.Blau));
        Assert.Equal(1.000, Round3(result.Metrics.BlauNormalised));
        Assert.Equal(1.609, Round3(result.Metrics.Shannon));
        Assert.Equal(1.000, Round3(result.Metrics.Evenness));
    }

    [Fact]
    public void Example4_dialogue_without_russia_fails_on_the_missing_party_only()
    {
        var result = Dialogue("UA*2 DE PL US IN", RussiaUkraine);

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        Assert.Equal(["MissingParty:Russia"], result.ReasonCodes);
        Assert.Equal(0, Party(result, "Russia"));
        Assert.Equal(2, Party(result, "Ukraine"));
        Assert.Equal(4, result.Metrics.NeutralCount);
        Assert.Equal(0, result.Metrics.AmbiguousCount);
    }

    [Fact]
    public void Example5_sudan_with_tags_fails_on_missing_civilians_and_warns_of_ambiguity()
    {
        var result = Dialogue("SD@SAF*2 SD@RSF*2 SD KE EG", Sudan);

        Assert.Equal(BalanceVerdict.Fail, result.Verdict);
        Assert.Equal(["MissingParty:Civilian", "AmbiguousPartyAffiliation"], result.ReasonCodes);
        Assert.Equal(2, Party(result, "SAF"));
        Assert.Equal(2, Party(result, "RSF"));
        Assert.Equal(0, Party(result, "Civilian"));
        Assert.Equal(1, result.Metrics.AmbiguousCount);
        Assert.Equal(2, result.Metrics.NeutralCount);
        Assert.Equal(BalanceSeverity.Soft, result.Reasons[1].Severity);
    }
}
