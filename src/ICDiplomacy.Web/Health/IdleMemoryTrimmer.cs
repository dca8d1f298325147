using ICDiplomacy.Web.Common;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Health;

/// <summary>
/// After start-up (migrations, index checks, the first queries) or a burst of traffic, the GC keeps the
/// memory it grew to: its generation-0 budget on this class of machine is tens of megabytes, and only the
/// environment variable <c>DOTNET_GCgen0size</c> can lower it. When the node has been quiet for a while,
/// one aggressive collection returns that memory to the operating system, caches that can be rebuilt cheaply
/// (<see cref="IIdleRelease"/>) let go of theirs, and the C allocator returns its free pages; under traffic
/// nothing runs.
/// </summary>
public sealed partial class IdleMemoryTrimmer(
    RequestActivity activity,
    IOptions<MemoryOptions> options,
    IEnumerable<IIdleRelease> releases,
    ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    /// <summary>Allocation per sample below which background work (outbox polls, timers) still counts as quiet.</summary>
    private const long QuietAllocationBytes = 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.TrimWhenIdle)
        {
            return;
        }

        var detector = new IdleDetector(settings.IdleAfter, settings.MinAllocatedMegabytes * 1024L * 1024L, QuietAllocationBytes);
        // Wall-clock, not the app's TimeProvider: this is about the process, not content time.
        using var timer = new PeriodicTimer(settings.IdleAfter / 4);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (detector.Sample(DateTime.UtcNow, activity.Started, activity.InFlight, GC.GetTotalAllocatedBytes()))
                {
                    Trim();
                    detector.Trimmed(GC.GetTotalAllocatedBytes());
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    internal void Trim()
    {
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        foreach (var resource in releases)
        {
            resource.Release();
        }

        NativeHeap.Trim();
        LogTrimmed(logger, before / (1024 * 1024), GC.GetGCMemoryInfo().TotalCommittedBytes / (1024 * 1024));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Idle: managed heap trimmed from {BeforeMegabytes} MB to {AfterMegabytes} MB committed")]
    private static partial void LogTrimmed(ILogger logger, long beforeMegabytes, long afterMegabytes);
}
