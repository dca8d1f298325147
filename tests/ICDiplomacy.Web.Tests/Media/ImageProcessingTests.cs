using System.Net;
using ICDiplomacy.Web.Media;
using SixLabors.ImageSharp.PixelFormats;

namespace ICDiplomacy.Web.Tests.Media;

public class ImageProcessingTests(MediaAppFactory app) : IClassFixture<MediaAppFactory>
{
    private static readonly Rgba32 Red = new(255, 0, 0);
    private static readonly Rgba32 Blue = new(0, 0, 255);

    [Theory]
    [InlineData("width=100", 100, 75)]
    [InlineData("height=150", 200, 150)]
    [InlineData("width=100&height=100", 100, 100)]
    [InlineData("width=100&height=100&rmode=crop", 100, 100)]
    [InlineData("width=100&height=100&rmode=pad", 100, 100)]
    [InlineData("width=800&height=800&rmode=boxpad", 800, 800)]
    [InlineData("width=100&height=100&rmode=max", 100, 75)]
    [InlineData("width=100&height=100&rmode=min", 133, 100)]
    [InlineData("width=100&height=100&rmode=stretch", 100, 100)]
    [InlineData("width=6000", 400, 300)]
    [InlineData("width=-5&height=abc", 400, 300)]
    [InlineData("cc=0.5,0,0,0", 200, 300)]
    [InlineData("cc=0.5,0,0,0&width=100", 100, 150)]
    [InlineData("cc=0,0,0,0&width=100", 100, 75)]
    [InlineData("cc=0.9,0,0.9,0&width=100", 100, 75)]
    public async Task Resize_commands_produce_umbraco_compatible_output_sizes(string query, int width, int height)
    {
        var item = await Uploaded400x300Async();

        using var image = TestImages.Load(await app.GetBytesAsync($"{item.Url}?{query}"));

        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("rxy=0.95,0.5", "blue")]
    [InlineData("rxy=0.05,0.5", "red")]
    [InlineData("ranchor=right", "blue")]
    [InlineData("ranchor=left", "red")]
    public async Task Crop_mode_keeps_the_focal_point_or_anchor_in_view(string placement, string expected)
    {
        var item = await Uploaded400x300Async();

        using var image = TestImages.Load(await app.GetBytesAsync($"{item.Url}?width=100&height=100&rmode=crop&{placement}"));

        Assert.Equal(expected == "blue" ? Blue : Red, Snap(image[50, 50]));
    }

    [Fact]
    public async Task Crop_coordinates_cut_before_resizing()
    {
        var item = await Uploaded400x300Async();

        using var image = TestImages.Load(await app.GetBytesAsync($"{item.Url}?cc=0.6,0,0,0&width=50"));

        Assert.Equal(Blue, Snap(image[5, 5]));
    }

    [Theory]
    [InlineData("webp", "image/webp")]
    [InlineData("jpg", "image/jpeg")]
    [InlineData("gif", "image/gif")]
    [InlineData("bmp", "image/png")]
    public async Task Format_converts_the_output_and_unknown_formats_are_ignored(string format, string contentType)
    {
        var item = await Uploaded400x300Async();

        using var response = await app.CreateClient().GetAsync($"{item.Url}?width=50&format={format}&quality=70");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Second_request_for_the_same_derivative_is_served_from_the_disk_cache()
    {
        var item = await Uploaded400x300Async();
        var url = $"{item.Url}?width=123&rmode=max";

        var decodes = app.Pipeline.Decodes;
        var first = await app.GetBytesAsync(url);
        var afterFirst = app.Pipeline.Decodes;
        var second = await app.GetBytesAsync(url);

        Assert.Equal(decodes + 1, afterFirst);
        Assert.Equal(afterFirst, app.Pipeline.Decodes);
        Assert.Equal(first, second);
        var cached = Directory.GetFiles(Path.Combine(app.DataDirectory, "media-cache", item.Id.ToString("N")));
        Assert.Single(cached);
    }

    [Fact]
    public async Task Same_commands_in_another_order_or_case_share_one_cache_entry()
    {
        var item = await Uploaded400x300Async();
        await app.GetBytesAsync($"{item.Url}?width=64&height=32&rmode=pad");
        var decodes = app.Pipeline.Decodes;

        await app.GetBytesAsync($"{item.Url}?RMODE=PAD&height=32&Width=64&v=9&unknown=1");

        Assert.Equal(decodes, app.Pipeline.Decodes);
    }

    [Fact]
    public async Task Processed_image_has_long_lived_cache_headers_and_answers_304()
    {
        var item = await Uploaded400x300Async();
        var client = app.CreateClient();

        using var first = await client.GetAsync($"{item.Url}?width=80&v=4");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{item.Url}?width=80&v=4");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(conditional);

        Assert.Equal("public, max-age=604800, immutable", string.Join(", ", first.Headers.NonValidated["Cache-Control"]));
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Named_crops_and_focal_point_from_the_library_render_through_the_url_builder()
    {
        var item = await Uploaded400x300Async();
        await app.WithMediaServiceAsync(s => s.SetFocalPointAsync(item.Id, new ImageFocalPoint(0.9, 0.5), "test"));
        var crops = new[]
        {
            new ImageCrop("square", 120, 120, null),
            new ImageCrop("leftBanner", 160, 40, new ImageCropCoordinates(0, 0.25, 0.5, 0.25)),
        };
        var saved = await app.WithMediaServiceAsync(s => s.SetCropsAsync(item.Id, crops, "test"));
        Assert.True(saved.Succeeded, saved.Message);

        using var square = TestImages.Load(await app.GetBytesAsync(app.Urls.GetCropUrl(item.Url, crops[0], new ImageFocalPoint(0.9, 0.5))));
        using var banner = TestImages.Load(await app.GetBytesAsync(app.Urls.GetCropUrl(item.Url, crops[1])));

        Assert.Equal((120, 120), (square.Width, square.Height));
        Assert.Equal(Blue, Snap(square[60, 60]));
        Assert.Equal((160, 40), (banner.Width, banner.Height));
        Assert.Equal(Red, Snap(banner[80, 20]));
    }

    [Fact]
    public async Task Srcset_lists_one_working_url_per_width()
    {
        var item = await Uploaded400x300Async();

        var srcset = app.Urls.GetSrcSet(item.Url, [100, 200], new ImageUrlOptions { Width = 100, Height = 50, CacheBuster = "2" });

        var candidates = srcset.Split(", ");
        Assert.Equal(2, candidates.Length);
        Assert.EndsWith(" 100w", candidates[0], StringComparison.Ordinal);
        Assert.EndsWith(" 200w", candidates[1], StringComparison.Ordinal);
        using var large = TestImages.Load(await app.GetBytesAsync(candidates[1].Split(' ')[0]));
        Assert.Equal((200, 100), (large.Width, large.Height));
    }

    [Fact]
    public async Task Unsigned_commands_are_accepted_when_no_hmac_key_is_configured()
    {
        var item = await Uploaded400x300Async();

        using var response = await app.CreateClient().GetAsync($"{item.Url}?width=10&hmac=whatever");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<ICDiplomacy.Web.Backoffice.MediaManagementResponse> Uploaded400x300Async() => await app.UploadOkAsync(TestImages.Png(400, 300), "halves.png");

    private static Rgba32 Snap(Rgba32 pixel) => pixel.R > 128 && pixel.B < 128 ? Red : pixel.B > 128 && pixel.R < 128 ? Blue : pixel;
}
