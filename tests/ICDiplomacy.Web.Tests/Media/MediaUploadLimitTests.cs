using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaUploadLimitTests(SmallLimitsMediaAppFactory app) : IClassFixture<SmallLimitsMediaAppFactory>
{
    [Fact]
    public async Task Upload_with_a_declared_length_over_the_limit_is_413_before_reading_and_stores_nothing()
    {
        var (rows, files) = (await app.MediaRowCountAsync(), app.StoredFileCount());

        using var response = await app.UploadAsync(new byte[SmallLimitsMediaAppFactory.MaxFileBytes + 100_000], "huge.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal(rows, await app.MediaRowCountAsync());
        Assert.Equal(files, app.StoredFileCount());
        Assert.Equal(0, app.TempFileCount());
    }

    [Fact]
    public async Task Upload_streamed_without_a_length_is_cut_off_at_the_limit_with_413_and_no_temp_file_left()
    {
        var rows = await app.MediaRowCountAsync();
        using var form = new MultipartFormDataContent();
        // A non-seekable stream: no Content-Length, so only the streaming count can stop it.
        form.Add(new StreamContent(new NonSeekableStream(new byte[SmallLimitsMediaAppFactory.MaxFileBytes + 50_000])), "file", "endless.pdf");

        using var response = await app.PostUploadAsync(form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(rows, await app.MediaRowCountAsync());
        Assert.Equal(0, app.TempFileCount());
    }

    [Fact]
    public async Task Upload_of_an_image_over_the_image_cap_but_under_the_file_cap_is_413_naming_file()
    {
        var files = app.StoredFileCount();
        byte[] bigPng = [.. TestImages.Png(), .. new byte[SmallLimitsMediaAppFactory.MaxImageBytes]];

        using var response = await app.UploadAsync(bigPng, "big.png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("images may be at most", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(files, app.StoredFileCount());
        Assert.Equal(0, app.TempFileCount());
    }

    [Fact]
    public async Task Upload_with_thousands_of_multipart_sections_is_413()
    {
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 10_000; i++)
        {
            form.Add(new StringContent("x"), "f" + i);
        }

        using var response = await app.PostUploadAsync(form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, app.TempFileCount());
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
