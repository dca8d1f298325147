using ICDiplomacy.Web.Health;

namespace ICDiplomacy.Web.Tests.Health;

public sealed class IdleDetectorTests
{
    private const long MiB = 1024 * 1024;
    private static readonly DateTime Start = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    private static IdleDetector Detector() => new(TimeSpan.FromSeconds(10), minAllocatedSinceTrim: 8 * MiB, quietAllocationPerSample: MiB);

    [Fact]
    public void Sample_quiet_for_the_idle_period_after_start_up_allocation_trims()
    {
        var detector = Detector();
        Assert.False(detector.Sample(Start, 5, 0, 40 * MiB));
        Assert.False(detector.Sample(Start.AddSeconds(5), 5, 0, 40 * MiB));
        Assert.True(detector.Sample(Start.AddSeconds(10), 5, 0, 40 * MiB + 1000));
    }

    [Fact]
    public void Sample_with_a_request_started_in_the_period_waits_again()
    {
        var detector = Detector();
        detector.Sample(Start, 5, 0, 40 * MiB);
        Assert.False(detector.Sample(Start.AddSeconds(9), 6, 0, 40 * MiB));
        Assert.False(detector.Sample(Start.AddSeconds(12), 6, 0, 40 * MiB));
        Assert.True(detector.Sample(Start.AddSeconds(19), 6, 0, 40 * MiB));
    }

    [Fact]
    public void Sample_with_a_long_request_in_flight_never_trims()
    {
        var detector = Detector();
        detector.Sample(Start, 5, 1, 40 * MiB);
        Assert.False(detector.Sample(Start.AddSeconds(30), 5, 1, 40 * MiB));
        Assert.False(detector.Sample(Start.AddSeconds(60), 5, 1, 40 * MiB));
    }

    [Fact]
    public void Sample_with_background_work_allocating_is_not_idle()
    {
        var detector = Detector();
        detector.Sample(Start, 5, 0, 40 * MiB);
        Assert.False(detector.Sample(Start.AddSeconds(10), 5, 0, 45 * MiB));
        Assert.False(detector.Sample(Start.AddSeconds(15), 5, 0, 50 * MiB));
        Assert.True(detector.Sample(Start.AddSeconds(25), 5, 0, 50 * MiB));
    }

    [Fact]
    public void Sample_after_a_trim_waits_for_new_allocation_before_trimming_again()
    {
        var detector = Detector();
        detector.Sample(Start, 5, 0, 40 * MiB);
        Assert.True(detector.Sample(Start.AddSeconds(10), 5, 0, 40 * MiB));
        detector.Trimmed(40 * MiB);

        // Idle polls allocate a little: no trim until 8 MiB more have been allocated.
        var allocated = 40 * MiB;
        for (var second = 12; second < 60; second += 2)
        {
            allocated += MiB / 4;
            Assert.False(detector.Sample(Start.AddSeconds(second), 5, 0, allocated));
        }

        for (var second = 60; second < 100; second += 2)
        {
            allocated += MiB / 2;
            if (detector.Sample(Start.AddSeconds(second), 5, 0, allocated))
            {
                Assert.True(allocated - (40 * MiB) >= 8 * MiB);
                return;
            }
        }

        Assert.Fail("no second trim after 8 MiB more were allocated while idle");
    }
}
