using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.RegionalBalance;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

public class BalanceServiceTests
{
    private static BalanceService Create(RegionalBalanceOptions? options = null) =>
        new(TestCountries.Catalog, Options.Create(options ?? new RegionalBalanceOptions()));

    [Fact]
    public void Defaults_match_the_specification_for_both_profiles()
    {
        var service = Create();

        foreach (var profile in new[] { BalanceProfile.Forum, BalanceProfile.Dialogue })
        {
            var thresholds = service.DefaultThresholds(profile);
            Assert.Equal(0.40m, thresholds.MaxRegionShare);
            Assert.Equal(0.40m, thresholds.MinGlobalSouthShare);
            Assert.Equal(2.0m, thresholds.MaxPartyRatio);
            Assert.Equal(0.10m, thresholds.MaxUnknownShare);
            Assert.Equal(BalanceRegions.All, thresholds.RequiredRegions);
        }

        Assert.Equal(GlobalSouthDefinition.Unctad, service.DefaultGlobalSouth);
        Assert.Equal(10_000, service.MaxParticipants);
    }

    [Fact]
    public void Check_applies_configured_defaults_then_per_call_overrides()
    {
        var options = new RegionalBalanceOptions { GlobalSouthDefinition = "g77" };
        options.Forum.MaxRegionShare = 0.5m;
        var service = Create(options);
        var participants = Roster.Of("DE FR PL GB UA NG KE IN BR AU");

        var configured = service.Check(BalanceProfile.Forum, participants);
        var overridden = service.Check(BalanceProfile.Forum, participants, overrides: new BalanceThresholdOverrides { MaxRegionShare = 0.4m }, globalSouth: GlobalSouthDefinition.Unctad);

        Assert.Equal(GlobalSouthDefinition.G77, configured.Metrics.GlobalSouthDefinition);
        Assert.Equal(0.5m, configured.Thresholds.MaxRegionShare);
        Assert.Equal(BalanceVerdict.Pass, configured.Verdict);
        Assert.Equal(["RegionOverCap:Europe"], overridden.ReasonCodes);
        Assert.Equal(0.40m, overridden.Thresholds.MinGlobalSouthShare);
    }

    [Fact]
    public void WhatIf_shows_which_waitlisted_candidate_would_complete_the_balance()
    {
        var service = Create();
        var confirmed = service.CreateInput(BalanceProfile.Forum, Roster.Of("NG BR IN DE FR"));
        BalanceParticipant[] waitlist = [new("w1", "PL"), new("w2", "FJ"), new("w3", "NG")];

        var results = service.WhatIf(confirmed, waitlist);

        Assert.Equal(["MissingRegion:Oceania", "RegionOverCap:Europe"], results[0].ReasonCodes);
        Assert.Equal(BalanceVerdict.Pass, results[1].Verdict);
        Assert.Equal(["MissingRegion:Oceania"], results[2].ReasonCodes);
        Assert.Equal(5, confirmed.Participants.Count);
    }

    [Fact]
    public void Profile_options_parse_comma_separated_required_regions()
    {
        var options = new BalanceProfileOptions { RequiredRegions = " africa, Asia ,Asia" };

        Assert.Equal([M49Region.Africa, M49Region.Asia], options.ToThresholds().RequiredRegions);
        Assert.Empty(new BalanceProfileOptions { RequiredRegions = "" }.ToThresholds().RequiredRegions);
    }
}
