using System.Runtime.InteropServices;
using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.Health;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Tests.Health;

public class IdleMemoryTrimmerTests
{
    [Fact]
    public void Trim_releases_every_idle_resource()
    {
        // When a trim is due is IdleDetector's decision (IdleDetectorTests); this is what a trim does.
        var first = new CountingRelease();
        var second = new CountingRelease();
        var options = Options.Create(new MemoryOptions { TrimWhenIdle = true });
        using var trimmer = new IdleMemoryTrimmer(new RequestActivity(), options, [first, second], NullLogger<IdleMemoryTrimmer>.Instance);

        trimmer.Trim();

        Assert.Equal(1, first.Count);
        Assert.Equal(1, second.Count);
    }

    [Fact]
    public async Task Trimmer_when_switched_off_stops_at_once_and_releases_nothing()
    {
        var release = new CountingRelease();
        var off = new IdleMemoryTrimmer(new RequestActivity(), Options.Create(new MemoryOptions { TrimWhenIdle = false, IdleAfter = TimeSpan.FromSeconds(1) }), [release], NullLogger<IdleMemoryTrimmer>.Instance);
        var on = new IdleMemoryTrimmer(new RequestActivity(), Options.Create(new MemoryOptions { TrimWhenIdle = true, IdleAfter = TimeSpan.FromSeconds(1) }), [], NullLogger<IdleMemoryTrimmer>.Instance);
        using (off)
        using (on)
        {
            await off.StartAsync(CancellationToken.None);
            await on.StartAsync(CancellationToken.None);

            // Switched off, the loop ends at once; switched on, it keeps sampling until stopped.
            await off.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.True(off.ExecuteTask.IsCompletedSuccessfully);
            Assert.False(on.ExecuteTask!.IsCompleted);

            await off.StopAsync(CancellationToken.None);
            await on.StopAsync(CancellationToken.None);
        }

        Assert.Equal(0, release.Count);
    }

    [SkippableFact]
    public void Native_heap_trim_on_glibc_returns_freed_pages()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && RuntimeInformation.RuntimeIdentifier.StartsWith("linux-", StringComparison.Ordinal)
            && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal), "malloc_trim is a glibc function");

        // 16 MB in small blocks (below glibc's mmap threshold), then freed: free pages inside the arena.
        var blocks = new nint[4096];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(4096);
        }

        foreach (var block in blocks)
        {
            Marshal.FreeHGlobal(block);
        }

        Assert.True(NativeHeap.Trim());
    }

    private sealed class CountingRelease : IIdleRelease
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Release() => Interlocked.Increment(ref _count);
    }
}
