using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ICDiplomacy.Web.Media;
using SixLabors.ImageSharp;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaUploadTests(MediaAppFactory app) : IClassFixture<MediaAppFactory>
{
    [Theory]
    [InlineData("png", "image/png")]
    [InlineData("jpg", "image/jpeg")]
    [InlineData("gif", "image/gif")]
    [InlineData("webp", "image/webp")]
    public async Task Upload_of_an_allowed_image_format_is_stored_and_served_as_that_image_type(string format, string contentType)
    {
        var item = await app.UploadOkAsync(TestImages.ByFormat(format, 40, 30), $"Holiday Photo {format}.{format}", new Dictionary<string, string> { ["altText"] = "A photo" });

        Assert.Equal(MediaTypes.Image, item.MediaType);
        Assert.Equal($"Holiday Photo {format}", item.Name);
        Assert.Equal(format, item.Extension);
        Assert.Equal((40, 30), (item.Width, item.Height));
        Assert.StartsWith($"/media/{item.Id:N}/holiday-photo-{format}.{format}", item.Url, StringComparison.Ordinal);
        Assert.Equal("A photo", item.AltText);
        using var response = await app.CreateClient().GetAsync(item.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        var served = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(item.Bytes, served.Length);
        using var image = TestImages.Load(served);
        Assert.Equal((40, 30), (image.Width, image.Height));
    }

    [Fact]
    public async Task Upload_of_a_pdf_is_stored_as_the_PDF_media_type()
    {
        var item = await app.UploadOkAsync(TestImages.Pdf(), "Annual Report 2025.pdf");

        Assert.Equal(MediaTypes.Pdf, item.MediaType);
        Assert.Equal("pdf", item.Extension);
        Assert.Null(item.Width);
        Assert.Null(item.FocalPoint);
        Assert.Null(item.Crops);
        Assert.Equal(TestImages.Pdf().Length, item.Bytes);
    }

    [Fact]
    public async Task Upload_of_a_pdf_may_ask_for_the_File_media_type()
    {
        var item = await app.UploadOkAsync(TestImages.Pdf(), "notes.pdf", new Dictionary<string, string> { ["mediaType"] = "File" });

        Assert.Equal(MediaTypes.File, item.MediaType);
    }

    public static TheoryData<string, byte[], string> RefusedFiles => new()
    {
        { "TIFF", TestImages.Tiff(), "scan.tif" },
        { "TIFF renamed", TestImages.Tiff(), "scan.jpg" },
        { "BMP", TestImages.Bmp(), "paint.bmp" },
        { "SVG with a script", TestImages.Svg(), "logo.svg" },
        { "HTML named .jpg", TestImages.Html(), "photo.jpg" },
        { "PDF with the wrong magic", [.. "%PDX-1.4\n"u8, .. TestImages.Pdf().Skip(9)], "report.pdf" },
        { "plain text", "just some text"u8.ToArray(), "notes.txt" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Upload_of_a_format_outside_the_allow_list_is_415_and_stores_nothing(string what, byte[] file, string fileName)
    {
        var (rows, files) = (await app.MediaRowCountAsync(), app.StoredFileCount());

        using var response = await app.UploadAsync(file, fileName);

        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{what}: {(int)response.StatusCode}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(rows, await app.MediaRowCountAsync());
        Assert.Equal(files, app.StoredFileCount());
    }

    public static TheoryData<string, byte[], string> HostileImages => new()
    {
        { "PNG header claiming 50 000 × 50 000", TestImages.PngHeaderClaiming(50_000, 50_000), "50000" },
        { "PNG 1 × 500 000 000", TestImages.PngHeaderClaiming(1, 500_000_000), "500000000" },
        { "PNG 7000 × 7000 (49 MP, within width and height caps)", TestImages.PngHeaderClaiming(7000, 7000), "megapixels" },
        { "GIF with 20 000 frames", TestImages.GifWithFrames(20_000), "frames" },
        { "GIF comment without terminator", TestImages.GifWithUnterminatedComment(), "malformed" },
        { "GIF89a/* JavaScript polyglot", TestImages.GifHeaderJsPolyglot(), "malformed" },
    };

    [Theory]
    [MemberData(nameof(HostileImages))]
    public async Task Upload_of_a_hostile_image_is_400_before_any_decode_and_stores_nothing(string what, byte[] file, string expectedInDetail)
    {
        var (rows, files, decodes) = (await app.MediaRowCountAsync(), app.StoredFileCount(), app.Pipeline.Decodes);

        using var response = await app.UploadAsync(file, "image.png");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {body}");
        Assert.Contains(expectedInDetail, body, StringComparison.OrdinalIgnoreCase);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(decodes, app.Pipeline.Decodes);
        Assert.Equal(rows, await app.MediaRowCountAsync());
        Assert.Equal(files, app.StoredFileCount());
    }

    [Fact]
    public async Task Upload_of_a_gif_with_a_script_comment_and_trailing_javascript_is_re_encoded_without_either()
    {
        var polyglot = TestImages.GifJsPolyglot();
        Assert.True(TestImages.Contains(polyglot, "<script>"));

        var item = await app.UploadOkAsync(polyglot, "innocent.gif");

        var served = await app.GetBytesAsync(item.Url);
        Assert.False(TestImages.Contains(served, "script"));
        Assert.False(TestImages.Contains(served, "alert"));
        Assert.StartsWith("GIF89a", System.Text.Encoding.ASCII.GetString(served, 0, 6), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_of_a_jpeg_with_gps_exif_iptc_and_xmp_stores_and_serves_none_of_it()
    {
        var original = TestImages.JpegWithMetadata();
        Assert.True(TestImages.Contains(original, TestImages.GpsMarker));
        Assert.NotNull(Image.Identify(original).Metadata.ExifProfile);

        var item = await app.UploadOkAsync(original, "DSC_0001.JPG");

        var stored = Directory.EnumerateFiles(app.MediaRoot, $"*.jpg", SearchOption.AllDirectories)
            .Select(File.ReadAllBytes).Single(b => b.Length == item.Bytes);
        var served = await app.GetBytesAsync(item.Url);
        var resized = await app.GetBytesAsync(item.Url + "?width=20");
        foreach (var bytes in new[] { stored, served, resized })
        {
            Assert.False(TestImages.Contains(bytes, TestImages.GpsMarker));
            Assert.False(TestImages.Contains(bytes, "Exif\0\0"));
            Assert.False(TestImages.Contains(bytes, "ExampleCam"));
            Assert.False(TestImages.Contains(bytes, "http://ns.adobe.com/xap/1.0/"));
            var metadata = Image.Identify(bytes).Metadata;
            Assert.Null(metadata.ExifProfile);
            Assert.Null(metadata.XmpProfile);
            Assert.Null(metadata.IptcProfile);
            Assert.Null(metadata.IccProfile);
        }
    }

    [Fact]
    public async Task Upload_of_a_jpeg_with_exif_orientation_6_is_stored_upright()
    {
        var item = await app.UploadOkAsync(TestImages.JpegWithMetadata(orientation: 6, width: 40, height: 20), "portrait.jpg");

        Assert.Equal((20, 40), (item.Width, item.Height));
        using var image = TestImages.Load(await app.GetBytesAsync(item.Url));
        Assert.Equal((20, 40), (image.Width, image.Height));
    }

    [Fact]
    public async Task Upload_without_a_valid_bearer_token_is_401_and_stores_nothing()
    {
        var rows = await app.MediaRowCountAsync();

        using var missing = await app.UploadAsync(TestImages.Png(), "a.png", bearer: null);
        using var wrong = await app.UploadAsync(TestImages.Png(), "a.png", bearer: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(rows, await app.MediaRowCountAsync());
    }

    [Fact]
    public async Task Upload_with_an_unknown_parent_is_400_naming_parentId()
    {
        using var response = await app.UploadAsync(TestImages.Png(), "a.png", new Dictionary<string, string> { ["parentId"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("parentId", out _));
    }

    [Fact]
    public async Task Upload_into_a_folder_gets_the_folder_path_and_a_unique_name()
    {
        var folder = await app.WithMediaServiceAsync(s => s.CreateFolderAsync("Press Kit", null, "test"));
        var fields = new Dictionary<string, string> { ["parentId"] = folder.Item!.Key.ToString(), ["name"] = "Logo" };

        var first = await app.UploadOkAsync(TestImages.Png(), "logo.png", fields);
        var second = await app.UploadOkAsync(TestImages.Png(), "logo.png", fields);

        Assert.Equal("/press kit/logo/", first.Path);
        Assert.Equal("Logo (1)", second.Name);
        Assert.Equal("/press kit/logo (1)/", second.Path);
    }

    [Fact]
    public async Task Upload_of_a_non_multipart_body_is_415()
    {
        using var response = await app.PostUploadAsync(new ByteArrayContent(TestImages.Png()));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Upload_with_no_file_part_is_400_naming_file()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "name" } };

        using var response = await app.PostUploadAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"file\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
