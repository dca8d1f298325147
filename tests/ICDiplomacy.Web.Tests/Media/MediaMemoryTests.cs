using ICDiplomacy.Web.Media;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Tests.Media;

/// <summary>Runs alone: process-wide allocation counters mean nothing while other tests run.</summary>
[CollectionDefinition(nameof(MediaMemoryTests), DisableParallelization = true)]
[Collection(nameof(MediaMemoryTests))]
public class MediaMemoryTests
{
    private const long TenMegabytes = 10L * 1024 * 1024;

    [Theory]
    [InlineData(50_000, 50_000)]
    [InlineData(1, 500_000_000)]
    public async Task Png_header_claiming_a_huge_image_is_refused_without_allocating_its_pixels(int width, int height)
    {
        using var pipeline = new ImagePipeline(Options.Create(new MediaOptions()), NullLogger<ImagePipeline>.Instance);
        var bomb = TestImages.PngHeaderClaiming(width, height);
        await pipeline.PrepareUploadAsync(TestImages.Png(), MediaFileKind.Png, CancellationToken.None);
        var decodes = pipeline.Decodes;
        GC.Collect();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await pipeline.PrepareUploadAsync(bomb, MediaFileKind.Png, CancellationToken.None);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(MediaOperationStatus.Invalid, result.Status);
        Assert.Equal(decodes, pipeline.Decodes);
        Assert.True(allocated < TenMegabytes, $"{allocated:N0} bytes allocated");
    }
}
