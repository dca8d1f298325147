using ICDiplomacy.Web.Media;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaCorruptInputTests
{
    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    [InlineData("gif")]
    [InlineData("webp")]
    public async Task Mutated_and_truncated_images_end_in_a_status_never_an_exception(string format)
    {
        using var pipeline = new ImagePipeline(Options.Create(new MediaOptions()), NullLogger<ImagePipeline>.Instance);
        var original = TestImages.ByFormat(format, 24, 16);
        var random = new Random(format.GetHashCode(StringComparison.Ordinal) ^ 20261125);
        var outcomes = new List<MediaOperationStatus>();

        for (var i = 0; i < 150; i++)
        {
            var mutated = Mutate(original, random, i);
            var kind = MediaFileSniffer.Detect(mutated);
            if (kind == MediaFileKind.Unknown)
            {
                continue;
            }

            var result = await pipeline.PrepareUploadAsync(mutated, kind, CancellationToken.None);
            outcomes.Add(result.Status);
            if (result.Succeeded)
            {
                Assert.True(result.Width > 0 && result.Height > 0 && result.Bytes.Length > 0);
            }
        }

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, s => Assert.Contains(s, new[] { MediaOperationStatus.Success, MediaOperationStatus.Invalid, MediaOperationStatus.UnsupportedMediaType }));
    }

    /// <summary>Flips a few bytes past the signature, or cuts the file short, or both.</summary>
    private static byte[] Mutate(byte[] original, Random random, int round)
    {
        var bytes = (byte[])original.Clone();
        for (var flips = random.Next(1, 6); flips > 0; flips--)
        {
            bytes[random.Next(12, bytes.Length)] = (byte)random.Next(256);
        }

        return round % 3 == 0 ? bytes[..random.Next(12, bytes.Length)] : bytes;
    }
}
