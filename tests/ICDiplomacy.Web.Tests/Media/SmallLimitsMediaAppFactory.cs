namespace ICDiplomacy.Web.Tests.Media;

/// <summary>The media app with small upload caps, so size limits can be tested with small bodies.</summary>
public sealed class SmallLimitsMediaAppFactory : MediaAppFactory
{
    public const int MaxImageBytes = 100_000;
    public const int MaxFileBytes = 200_000;

    public SmallLimitsMediaAppFactory()
        : base(new Dictionary<string, string?>
        {
            ["Media:MaxImageBytes"] = MaxImageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Media:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
    {
    }
}
