using System.Net;
using ICDiplomacy.Web.Media;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaFileServingTests(MediaAppFactory app) : IClassFixture<MediaAppFactory>
{
    [Fact]
    public async Task Image_is_served_with_nosniff_etag_and_must_revalidate_and_answers_304_to_its_etag()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "chart.png");
        var client = app.CreateClient();

        using var first = await client.GetAsync(item.Url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Header(first, "X-Content-Type-Options"));
        Assert.Null(first.Content.Headers.ContentDisposition);
        Assert.Equal("public, max-age=604800, must-revalidate", Header(first, "Cache-Control"));
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, item.Url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Image_url_with_a_cache_buster_is_immutable()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "chart.png");

        using var response = await app.CreateClient().GetAsync(item.Url + "?v=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=604800, immutable", Header(response, "Cache-Control"));
    }

    [Fact]
    public async Task Pdf_is_served_as_an_attachment_never_inline()
    {
        var item = await app.UploadOkAsync(TestImages.Pdf(), "Meeting Summary.pdf");

        using var response = await app.CreateClient().GetAsync(item.Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Meeting Summary.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(TestImages.Pdf(), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("../../appsettings.json", "appsettings.pdf")]
    [InlineData("..\\..\\x.pdf", "x.pdf")]
    [InlineData("evil\u202Egpj.exe", "evilgpj.pdf")]
    [InlineData("a\r\nSet-Cookie: x=1.pdf", "a Set-Cookie x=1.pdf")]
    public async Task Hostile_client_file_names_never_reach_a_path_and_are_sanitised_for_content_disposition(string clientName, string expected)
    {
        var result = await app.WithMediaServiceAsync(s => s.UploadAsync(new MediaUpload(new MemoryStream(TestImages.Pdf()), clientName), "test"));
        Assert.True(result.Succeeded, result.Message);
        var item = result.Item!;
        Assert.Matches("^[0-9a-f]{2}/[0-9a-f]{32}\\.pdf$", item.StorageName!);

        using var response = await app.CreateClient().GetAsync(MediaDeliveryService.UrlOf(item));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.GetValues("Content-Disposition").Single();
        Assert.DoesNotContain('\r', disposition);
        Assert.DoesNotContain('\n', disposition);
        Assert.Equal(expected, response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_500_character_file_name_is_cut_to_a_bounded_length()
    {
        var result = await app.WithMediaServiceAsync(s => s.UploadAsync(new MediaUpload(new MemoryStream(TestImages.Png()), new string('a', 500) + ".png"), "test"));

        Assert.True(result.Succeeded);
        Assert.True(result.Item!.OriginalFileName!.Length <= MediaNames.MaxLength + 4);
        Assert.True(result.Item.Name.Length <= MediaNames.MaxLength);
    }

    [Theory]
    [InlineData("/media/..%2f..%2fappsettings.json")]
    [InlineData("/media/%252e%252e/%252e%252e/appsettings.json")]
    [InlineData("/media/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/media/C:/Windows/win.ini")]
    [InlineData("/media/C:%5cWindows%5cwin.ini")]
    [InlineData("/media/appsettings.json")]
    [InlineData("/media/")]
    [InlineData("/media")]
    [InlineData("/media/00000000000000000000000000000000/file.jpg")]
    public async Task Traversal_and_malformed_media_urls_are_404(string url)
    {
        using var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("ConnectionStrings", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{0}::$DATA")]
    [InlineData("other-name.png")]
    [InlineData("{0}%2f..%2f..%2fappsettings.json")]
    [InlineData("{0}/extra")]
    public async Task A_known_media_key_with_a_different_file_name_is_404(string fileNameFormat)
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "chart.png");
        var fileName = item.Url.Split('/')[^1];

        using var response = await app.CreateClient().GetAsync($"/media/{item.Id:N}/{string.Format(System.Globalization.CultureInfo.InvariantCulture, fileNameFormat, fileName)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Media_url_accepts_the_key_in_dashed_form_and_any_file_name_case()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "chart.png");

        using var response = await app.CreateClient().GetAsync($"/media/{item.Id:D}/CHART.PNG");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Head_request_answers_with_headers_only_and_every_media_response_is_sandboxed()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "chart.png");

        using var request = new HttpRequestMessage(HttpMethod.Head, item.Url);
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("default-src 'none'; sandbox", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Media_urls_refuse_other_methods_with_405()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "chart.png");

        using var response = await app.CreateClient().DeleteAsync(item.Url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Trashed_media_is_404_and_restored_media_is_served_again()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "chart.png");

        await app.WithMediaServiceAsync(s => s.TrashAsync(item.Id, "test"));
        using var trashed = await app.CreateClient().GetAsync(item.Url);
        await app.WithMediaServiceAsync(s => s.RestoreAsync(item.Id, "test"));
        using var restored = await app.CreateClient().GetAsync(item.Url);

        Assert.Equal(HttpStatusCode.NotFound, trashed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    /// <summary>The header as sent, not as HttpClient re-formats parsed headers.</summary>
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
