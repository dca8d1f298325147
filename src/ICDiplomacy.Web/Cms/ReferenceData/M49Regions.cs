namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>Codes and names of the five M49 regions; the enum member names are the M49 English names.</summary>
internal static class M49Regions
{
    public static IReadOnlyList<M49Region> Known { get; } =
        [M49Region.Africa, M49Region.Americas, M49Region.Asia, M49Region.Europe, M49Region.Oceania];

    public static string Code(M49Region region) => region switch
    {
        M49Region.Africa => "002",
        M49Region.Americas => "019",
        M49Region.Asia => "142",
        M49Region.Europe => "150",
        M49Region.Oceania => "009",
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Only the five M49 regions have a code."),
    };

    public static string Name(M49Region region) =>
        region is M49Region.Unknown || !Enum.IsDefined(region)
            ? throw new ArgumentOutOfRangeException(nameof(region), region, "Only the five M49 regions have a name.")
            : region.ToString();

    public static bool TryParseCode(string code, out M49Region region)
    {
        region = code switch
        {
            "002" => M49Region.Africa,
            "019" => M49Region.Americas,
            "142" => M49Region.Asia,
            "150" => M49Region.Europe,
            "009" => M49Region.Oceania,
            _ => M49Region.Unknown,
        };
        return region is not M49Region.Unknown;
    }

    public static bool TryParseName(string name, out M49Region region)
    {
        foreach (var known in Known)
        {
            if (string.Equals(known.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                region = known;
                return true;
            }
        }

        region = M49Region.Unknown;
        return false;
    }
}
