namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Exact comparisons of a count ratio with a decimal threshold, in integers (spec, step 4). A decimal t is
/// M / 10^s with a 96-bit M and s ≤ 28, so "n ≤ t·d" is "n·10^s ≤ M·d"; with counts below 2^31 both sides
/// fit in an Int128 and 4 of 10 against 0.40 compares exactly equal.
/// </summary>
internal static class ThresholdMath
{
    private static readonly Int128[] PowersOfTen = CreatePowersOfTen();

    /// <summary>n / d ≤ t, i.e. n·10^s ≤ M·d.</summary>
    public static bool AtMost(long n, long d, decimal t)
    {
        var (m, scale) = Split(t);
        return n * scale <= m * d;
    }

    /// <summary>n / d ≥ t, i.e. n·10^s ≥ M·d.</summary>
    public static bool AtLeast(long n, long d, decimal t)
    {
        var (m, scale) = Split(t);
        return n * scale >= m * d;
    }

    /// <summary>
    /// Smallest k ≥ 0 with n / (d + k) ≤ t: how many others must join so that a group of n out of d falls to
    /// the cap. Null when no number suffices (t = 0 and n &gt; 0).
    /// </summary>
    public static long? MinAddedToDilute(long n, long d, decimal t)
    {
        var (m, scale) = Split(t);
        var excess = (n * scale) - (m * d);
        if (excess <= 0)
        {
            return 0;
        }

        return m == 0 ? null : Saturate(CeilDiv(excess, m));
    }

    /// <summary>
    /// Smallest k ≥ 0 with (g + k) / (d + k) ≥ t: how many members must join a group of g out of d to reach
    /// the floor. Null when no number suffices (t = 1 and someone is outside the group).
    /// </summary>
    public static long? MinAddedToReach(long g, long d, decimal t)
    {
        var (m, scale) = Split(t);
        var shortfall = (m * d) - (g * scale);
        if (shortfall <= 0)
        {
            return 0;
        }

        var gainPerMember = scale - m;
        return gainPerMember <= 0 ? null : Saturate(CeilDiv(shortfall, gainPerMember));
    }

    /// <summary>Smallest j in [0, u] with (u − j) / d ≤ t: how many of u must leave the group (d stays fixed).</summary>
    public static long MinRemovedToFit(long u, long d, decimal t)
    {
        var (m, scale) = Split(t);
        var excess = (u * scale) - (m * d);
        return excess <= 0 ? 0 : Math.Min(u, Saturate(CeilDiv(excess, scale)));
    }

    private static (Int128 Mantissa, Int128 Scale) Split(decimal t)
    {
        if (t < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "Thresholds are never negative.");
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(t, bits);
        var mantissa = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return (mantissa, PowersOfTen[scale]);
    }

    private static Int128 CeilDiv(Int128 a, Int128 b)
    {
        var q = a / b;
        return a % b == 0 ? q : q + 1;
    }

    private static long Saturate(Int128 value) => value > long.MaxValue ? long.MaxValue : (long)value;

    private static Int128[] CreatePowersOfTen()
    {
        var powers = new Int128[29];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
