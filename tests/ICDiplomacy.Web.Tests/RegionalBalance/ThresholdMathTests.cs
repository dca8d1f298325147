using ICDiplomacy.Web.RegionalBalance;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

public class ThresholdMathTests
{
    [Theory]
    [InlineData(4, 10, "0.40", true)]
    [InlineData(5, 10, "0.40", false)]
    [InlineData(4, 10, "0.4", true)]
    [InlineData(3, 10, "0.3", true)]
    [InlineData(0, 1, "0", true)]
    [InlineData(1, 1, "1", true)]
    [InlineData(1, 3, "0.3333333333333333333333333333", false)]
    [InlineData(2, 1, "2.0", true)]
    [InlineData(5, 2, "2.0", false)]
    public void AtMost_compares_exactly(long n, long d, string threshold, bool expected) =>
        Assert.Equal(expected, ThresholdMath.AtMost(n, d, decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(4, 10, "0.40", true)]
    [InlineData(3, 10, "0.40", false)]
    [InlineData(1, 3, "0.3333333333333333333333333333", true)]
    [InlineData(0, 5, "0", true)]
    public void AtLeast_compares_exactly(long n, long d, string threshold, bool expected) =>
        Assert.Equal(expected, ThresholdMath.AtLeast(n, d, decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AtMost_handles_the_largest_counts_and_finest_thresholds_without_overflow()
    {
        Assert.True(ThresholdMath.AtMost(int.MaxValue, int.MaxValue, 1m));
        Assert.False(ThresholdMath.AtMost(int.MaxValue, int.MaxValue, 0.9999999999999999999999999999m));
        Assert.True(ThresholdMath.AtMost(1, int.MaxValue, 79228162514264337593543950335m));
    }

    [Fact]
    public void MinAddedToDilute_is_the_smallest_sufficient_number()
    {
        Assert.Equal(5, ThresholdMath.MinAddedToDilute(6, 10, 0.40m));
        Assert.Equal(3, ThresholdMath.MinAddedToDilute(5, 10, 0.40m));
        Assert.Equal(0, ThresholdMath.MinAddedToDilute(4, 10, 0.40m));
        Assert.Null(ThresholdMath.MinAddedToDilute(1, 10, 0m));
        Assert.Equal(0, ThresholdMath.MinAddedToDilute(0, 10, 0m));
    }

    [Fact]
    public void MinAddedToReach_is_the_smallest_sufficient_number()
    {
        Assert.Equal(2, ThresholdMath.MinAddedToReach(3, 10, 0.40m));
        Assert.Equal(0, ThresholdMath.MinAddedToReach(4, 10, 0.40m));
        Assert.Equal(7, ThresholdMath.MinAddedToReach(0, 10, 0.40m)); // 7/17 = 41 %, 6/16 = 37.5 %
        Assert.Null(ThresholdMath.MinAddedToReach(9, 10, 1m));
        Assert.Equal(0, ThresholdMath.MinAddedToReach(10, 10, 1m));
    }

    [Fact]
    public void MinRemovedToFit_is_the_smallest_sufficient_number()
    {
        Assert.Equal(1, ThresholdMath.MinRemovedToFit(2, 10, 0.10m));
        Assert.Equal(0, ThresholdMath.MinRemovedToFit(1, 10, 0.10m));
        Assert.Equal(3, ThresholdMath.MinRemovedToFit(3, 10, 0m));
    }

    [Fact]
    public void Negative_thresholds_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThresholdMath.AtMost(1, 1, -0.1m));
    }
}
