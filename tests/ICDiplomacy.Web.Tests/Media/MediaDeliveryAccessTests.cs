using System.Net;

namespace ICDiplomacy.Web.Tests.Media;

public class MediaDeliveryAccessTests
{
    private const string Query = "/umbraco/delivery/api/v2/media?fetch=children:/";

    [Theory]
    [InlineData("true", "true", "true", "true", null, HttpStatusCode.OK)]
    [InlineData("false", "true", "true", "true", null, HttpStatusCode.NotFound)]
    [InlineData("true", "false", "true", "true", MediaAppFactory.DeliveryKey, HttpStatusCode.Unauthorized)]
    [InlineData("true", "true", "false", "true", null, HttpStatusCode.Unauthorized)]
    [InlineData("true", "true", "false", "true", "wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData("true", "true", "false", "true", MediaAppFactory.DeliveryKey, HttpStatusCode.OK)]
    [InlineData("true", "true", "true", "false", null, HttpStatusCode.Unauthorized)]
    [InlineData("true", "true", "true", "false", MediaAppFactory.DeliveryKey, HttpStatusCode.OK)]
    public async Task Access_follows_umbracos_media_rules(string enabled, string mediaEnabled, string publicAccess, string mediaPublicAccess, string? apiKey, HttpStatusCode expected)
    {
        await using var app = MediaAppFactory.With(new Dictionary<string, string?>
        {
            ["DeliveryApi:Enabled"] = enabled,
            ["DeliveryApi:Media:Enabled"] = mediaEnabled,
            ["DeliveryApi:PublicAccess"] = publicAccess,
            ["DeliveryApi:Media:PublicAccess"] = mediaPublicAccess,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, Query);
        if (apiKey is not null)
        {
            request.Headers.Add("Api-Key", apiKey);
        }

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
