using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>The specification's reason codes, listed in the order a result reports them.</summary>
public static class BalanceReasonCodes
{
    public const string NoParticipants = "NoParticipants";
    public const string NoKnownCountries = "NoKnownCountries";
    public const string MissingRegionPrefix = "MissingRegion:";
    public const string RegionOverCapPrefix = "RegionOverCap:";
    public const string GlobalSouthBelowFloor = "GlobalSouthBelowFloor";
    public const string MissingPartyPrefix = "MissingParty:";
    public const string PartyImbalance = "PartyImbalance";
    public const string UnknownCountryShareHigh = "UnknownCountryShareHigh";
    public const string AmbiguousPartyAffiliation = "AmbiguousPartyAffiliation";

    public static string MissingRegion(M49Region region) => MissingRegionPrefix + BalanceRegions.WireName(region);

    public static string RegionOverCap(M49Region region) => RegionOverCapPrefix + BalanceRegions.WireName(region);

    public static string MissingParty(string party) => MissingPartyPrefix + party;
}
