using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ICDiplomacy.Web.Media;

namespace ICDiplomacy.Web.Tests.Media;

public class SignedImageUrlTests(SignedMediaAppFactory app) : IClassFixture<SignedMediaAppFactory>
{
    [Fact]
    public async Task Url_signed_by_the_builder_is_processed()
    {
        var item = await app.UploadOkAsync(TestImages.Png(400, 300), "signed.png");

        var url = app.Urls.GetUrl(item.Url, new ImageUrlOptions { Width = 100, Height = 50, Mode = "stretch", FocalPoint = new ImageFocalPoint(0.3, 0.4), CacheBuster = "7" });

        Assert.Contains("&hmac=", url, StringComparison.Ordinal);
        using var image = TestImages.Load(await app.GetBytesAsync(url));
        Assert.Equal((100, 50), (image.Width, image.Height));
    }

    [Fact]
    public async Task Commands_without_hmac_are_400()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "signed.png");

        using var response = await app.CreateClient().GetAsync($"{item.Url}?width=10");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("hmac", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("width=10", "width=11")]
    [InlineData("width=10", "width=10&height=500")]
    [InlineData("hmac=", "hmac=0")]
    public async Task Tampered_signed_url_is_400(string original, string tampered)
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "signed.png");
        var url = app.Urls.GetUrl(item.Url, new ImageUrlOptions { Width = 10 });

        using var response = await app.CreateClient().GetAsync(url.Replace(original, tampered, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signature_ignores_unknown_keys_and_key_case_as_imagesharp_web_does()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "signed.png");
        var url = app.Urls.GetUrl(item.Url, new ImageUrlOptions { Width = 10 });

        using var response = await app.CreateClient().GetAsync(url.Replace("width=", "utm_source=x&WIDTH=", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Original_and_cache_busted_original_need_no_signature()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "signed.png");

        using var plain = await app.CreateClient().GetAsync(item.Url);
        using var busted = await app.CreateClient().GetAsync(app.Urls.GetUrl(item.Url, new ImageUrlOptions { CacheBuster = "3" }));

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, busted.StatusCode);
        Assert.DoesNotContain("hmac", busted.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_width_at_or_over_the_cap_is_400_not_silently_dropped()
    {
        var item = await app.UploadOkAsync(TestImages.Png(), "signed.png");

        using var response = await app.CreateClient().GetAsync(app.Urls.GetUrl(item.Url, new ImageUrlOptions { Width = 50_000, Height = 50_000 }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
