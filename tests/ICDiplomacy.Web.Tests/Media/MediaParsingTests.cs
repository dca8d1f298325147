using System.Text;
using ICDiplomacy.Web.Media;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaParsingTests
{
    [Theory]
    [InlineData("png", MediaFileKind.Png)]
    [InlineData("jpg", MediaFileKind.Jpeg)]
    [InlineData("gif", MediaFileKind.Gif)]
    [InlineData("webp", MediaFileKind.Webp)]
    public void Sniffer_recognises_each_allowed_image_by_magic_bytes(string format, MediaFileKind kind) =>
        Assert.Equal(kind, MediaFileSniffer.Detect(TestImages.ByFormat(format)));

    [Fact]
    public void Sniffer_names_refused_formats_without_echoing_them()
    {
        Assert.Equal(MediaFileKind.Unknown, MediaFileSniffer.Detect(TestImages.Tiff()));
        Assert.Equal("a TIFF image", MediaFileSniffer.Describe(TestImages.Tiff()));
        Assert.Equal("a BMP image", MediaFileSniffer.Describe(TestImages.Bmp()));
        Assert.Equal("markup (SVG, XML or HTML)", MediaFileSniffer.Describe(TestImages.Svg()));
        Assert.Equal("markup (SVG, XML or HTML)", MediaFileSniffer.Describe([0xEF, 0xBB, 0xBF, .. "  <html>"u8]));
    }

    [Fact]
    public void Gif_structure_counts_frames_and_stops_at_the_cap()
    {
        Assert.Equal((GifStructure.Verdict.Valid, 3), GifStructure.Inspect(TestImages.GifWithFrames(3), 10));
        Assert.Equal(GifStructure.Verdict.TooManyFrames, GifStructure.Inspect(TestImages.GifWithFrames(11), 10).Verdict);
        Assert.Equal(GifStructure.Verdict.Valid, GifStructure.Inspect(TestImages.Gif(), 10).Verdict);
        Assert.Equal(GifStructure.Verdict.Malformed, GifStructure.Inspect(TestImages.GifWithUnterminatedComment(), 10).Verdict);
        Assert.Equal(GifStructure.Verdict.Malformed, GifStructure.Inspect("GIF89a"u8, 10).Verdict);
    }

    [Fact]
    public void Gif_frame_larger_than_its_canvas_is_malformed()
    {
        var gif = TestImages.GifWithFrames(1);
        gif[13 + 6 + 5] = 200; // first frame's width low byte: 200 on a 1 × 1 canvas

        Assert.Equal(GifStructure.Verdict.Malformed, GifStructure.Inspect(gif, 10).Verdict);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    public void Jpeg_orientation_is_read_from_exif(ushort orientation) =>
        Assert.Equal(orientation, JpegOrientation.Read(TestImages.JpegWithMetadata(orientation)));

    [Fact]
    public void Jpeg_orientation_defaults_to_1_for_truncated_or_foreign_data()
    {
        Assert.Equal(1, JpegOrientation.Read(TestImages.Jpeg()));
        Assert.Equal(1, JpegOrientation.Read(TestImages.JpegWithMetadata(6).AsSpan(0, 30)));
        Assert.Equal(1, JpegOrientation.Read([0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, .. "Exif\0\0II"u8]));
    }

    [Fact]
    public void Image_request_keeps_known_keys_in_order_lower_cases_them_and_lets_the_last_value_win()
    {
        var request = ImageRequest.Parse("?Width=10&utm=1&rmode=pad&width=20&hmac=abc&v=3");

        Assert.Equal(["width=20", "rmode=pad", "v=3"], request.Commands.Select(c => $"{c.Key}={c.Value}").ToArray());
        Assert.Equal("abc", request.Hmac);
        Assert.Equal("3", request.CacheBuster);
        Assert.True(request.HasCommands);
        Assert.False(ImageRequest.Parse("?v=1&rnd=2&x=1").HasCommands);
    }

    [Theory]
    [InlineData("width=4999", 4999, null)]
    [InlineData("width=5000", null, null)]
    [InlineData("width=0", null, null)]
    [InlineData("width=1e3", null, null)]
    [InlineData("width=%2B10", null, null)]
    public void Unsigned_dimensions_at_or_over_the_cap_or_unparseable_are_dropped(string query, int? width, string? error)
    {
        var commands = ImageRequest.Parse(query).ToCommands(new ImagingResizeOptions(), signed: false, out var problem);

        Assert.Equal(width, commands.Width);
        Assert.Equal(error, problem);
    }

    [Fact]
    public void Signed_dimension_over_the_cap_is_an_error()
    {
        ImageRequest.Parse("height=9000").ToCommands(new ImagingResizeOptions(), signed: true, out var problem);

        Assert.Equal("'height' must be below 5000.", problem);
    }

    [Theory]
    [InlineData("cc=0.1,0.2,0.3,0.4", true)]
    [InlineData("cc=0,0,0,0", false)]
    [InlineData("cc=0.5,0,0.5,0", false)]
    [InlineData("cc=0.1,0.2,0.3", false)]
    [InlineData("cc=NaN,0,0,0", false)]
    [InlineData("rxy=0.5,2", false)]
    public void Fraction_commands_outside_their_range_are_dropped(string query, bool kept)
    {
        var commands = ImageRequest.Parse(query).ToCommands(new ImagingResizeOptions(), signed: false, out _);

        Assert.Equal(kept, commands.Crop is not null || commands.Center is not null);
    }

    [Fact]
    public void Url_builder_writes_umbracos_command_order_and_a_verifiable_signature()
    {
        var hmac = new ImageHmac(Options.Create(new ImagingOptions { HMACSecretKey = SignedMediaAppFactory.Key }));
        var builder = new ImageUrlBuilder(hmac);

        var url = builder.GetUrl("/media/abc/x.jpg", new ImageUrlOptions
        {
            CacheBuster = "5", Quality = 80, Format = "webp", Height = 20, Width = 10, Anchor = "top", Mode = "crop",
            FocalPoint = new ImageFocalPoint(0.5, 0.25), Crop = new ImageCropCoordinates(0.1, 0, 0, 0.2),
        });

        var query = url.Split('?')[1];
        Assert.Equal(["cc", "rxy", "rmode", "ranchor", "width", "height", "format", "quality", "v", "hmac"], query.Split('&').Select(p => p.Split('=')[0]).ToArray());
        var request = ImageRequest.Parse(query);
        Assert.True(hmac.Verify("/media/abc/x.jpg", request.Commands, request.Hmac));
        Assert.False(hmac.Verify("/media/abd/x.jpg", request.Commands, request.Hmac));
        Assert.False(hmac.Verify("/media/abc/x.jpg", request.Commands, null));
    }

    [Fact]
    public void Url_builder_leaves_urls_unsigned_without_a_key()
    {
        var builder = new ImageUrlBuilder(new ImageHmac(Options.Create(new ImagingOptions())));

        Assert.Equal("/media/a/b.png?width=10", builder.GetUrl("/media/a/b.png", new ImageUrlOptions { Width = 10 }));
        Assert.Equal("/media/a/b.png", builder.GetUrl("/media/a/b.png", new ImageUrlOptions()));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("not base64!", false)]
    [InlineData("c2hvcnQ=", false)]
    public void Hmac_key_must_be_base64_of_at_least_32_bytes(string key, bool valid)
    {
        var options = new ImagingOptions { HMACSecretKey = key };

        Assert.Equal(valid, !options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Any());
    }

    [Theory]
    [InlineData("photo.jpg", "photo")]
    [InlineData("C:\\Users\\me\\photo.final.JPG", "photo.final")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("\u202Eexe.jpg", "exe")]
    [InlineData("...", null)]
    [InlineData("a\tb\r\nc.png", "a b c")]
    public void File_base_names_lose_paths_controls_and_extensions(string input, string? expected) =>
        Assert.Equal(expected, MediaNames.SanitizeFileBaseName(input));

    [Fact]
    public void Names_normalise_to_nfc_and_replace_slashes()
    {
        var decomposed = "Cafe\u0301 / Bar";

        Assert.Equal("Café - Bar", MediaNames.SanitizeName(decomposed));
        Assert.Equal(Encoding.UTF8.GetByteCount("Café - Bar"), Encoding.UTF8.GetByteCount(MediaNames.SanitizeName(decomposed)!));
    }
}
