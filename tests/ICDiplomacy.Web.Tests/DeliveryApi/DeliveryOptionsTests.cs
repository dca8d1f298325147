using System.Net;
using System.Text.Json.Nodes;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The DeliveryApi settings that change answers (reference §1.11), CORS and the OpenAPI document.</summary>
public sealed class DeliveryOptionsTests
{
    [Fact]
    public async Task Disallowed_type_is_invisible_by_id_route_query_and_picker()
    {
        var (factory, client) = await DeliveryFactory.StartAsync(new Dictionary<string, string?> { ["DeliveryApi:DisallowedContentTypeAliases:0"] = "person" });
        await using var _ = factory;
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(DeliveryHttp.Base + $"/item/{Person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(DeliveryHttp.Base + "/item/people/amina-diallo/")).StatusCode);
        Assert.Equal(0, (await client.JsonAsync(DeliveryHttp.Base + "?filter=contentType:person"))["total"]!.GetValue<long>());
        var report = await client.JsonAsync(DeliveryHttp.Base + $"/item/{SahelReport}?expand=properties[$all]");
        Assert.Empty((JsonArray)report["properties"]!["authors"]!);
    }

    [Fact]
    public async Task Allowed_list_takes_precedence_over_the_disallowed_list()
    {
        var (factory, client) = await DeliveryFactory.StartAsync(new Dictionary<string, string?>
        {
            ["DeliveryApi:AllowedContentTypeAliases:0"] = "report",
            ["DeliveryApi:DisallowedContentTypeAliases:0"] = "report",
        });
        await using var _ = factory;
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(DeliveryHttp.Base + $"/item/{SahelReport}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(DeliveryHttp.Base + $"/item/{Conflict}")).StatusCode);
    }

    [Fact]
    public async Task Without_public_access_every_request_needs_the_key_and_nothing_is_cached()
    {
        var (factory, client) = await DeliveryFactory.StartAsync(new Dictionary<string, string?> { ["DeliveryApi:PublicAccess"] = "false" });
        await using var _ = factory;
        var url = DeliveryHttp.Base + $"/item/{SahelReport}";
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(url, ("Api-Key", "wrong-key-000000000000"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(DeliveryHttp.Base)).StatusCode);
        using var ok = await client.SendAsync(url, ("Api-Key", ApiKey));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var again = await client.SendAsync(url, ("Api-Key", ApiKey));
        Assert.Null(again.Headers.Age);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_key_preview_is_impossible()
    {
        var (factory, client) = await DeliveryFactory.StartAsync(new Dictionary<string, string?> { ["DeliveryApi:ApiKey"] = "" }, seed: false);
        await using var _ = factory;
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(DeliveryHttp.Base, ("Preview", "true"), ("Api-Key", ""))).StatusCode);
    }

    [Fact]
    public async Task Disabled_api_answers_404()
    {
        var (factory, client) = await DeliveryFactory.StartAsync(new Dictionary<string, string?> { ["DeliveryApi:Enabled"] = "false" }, seed: false);
        await using var _ = factory;
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(DeliveryHttp.Base)).StatusCode);
    }

    [Fact]
    public async Task Rich_text_as_json_renders_Umbracos_element_tree()
    {
        var (factory, client) = await DeliveryFactory.StartAsync(new Dictionary<string, string?> { ["DeliveryApi:RichTextOutputAsJson"] = "true" });
        await using var _ = factory;
        var body = (await client.JsonAsync(DeliveryHttp.Base + $"/item/{SahelReport}?fields=properties[body]"))["properties"]!["body"]!;
        DeliveryHttp.AssertGolden("rich-text-as-json", body.ToJsonString());
    }

    [Fact]
    public async Task Cors_allows_only_configured_origins_and_the_delivery_headers()
    {
        var (factory, client) = await DeliveryFactory.StartAsync(new Dictionary<string, string?> { ["DeliveryApi:Cors:AllowedOrigins:0"] = "https://site.example" }, seed: false);
        await using var _ = factory;
        using var preflight = new HttpRequestMessage(HttpMethod.Options, DeliveryHttp.Base);
        preflight.Headers.Add("Origin", "https://site.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "api-key,start-item");
        using var allowed = await client.SendAsync(preflight);
        Assert.Equal("https://site.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = await client.SendAsync(DeliveryHttp.Base, ("Origin", "https://evil.example"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        using var mine = await client.SendAsync(DeliveryHttp.Base, ("Origin", "https://site.example"));
        Assert.Equal("https://site.example", mine.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var otherAgain = await client.SendAsync(DeliveryHttp.Base, ("Origin", "https://evil.example"));
        Assert.False(otherAgain.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task OpenApi_document_describes_the_routes_headers_and_our_filters_and_has_a_page()
    {
        var (factory, client) = await DeliveryFactory.StartAsync(seed: false);
        await using var _ = factory;
        var document = await client.JsonAsync("/umbraco/openapi/delivery.json");
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/umbraco/delivery/api/v2/content"));
        Assert.True(paths.ContainsKey("/umbraco/delivery/api/v2/content/item/{id}"));
        Assert.True(paths.ContainsKey("/umbraco/delivery/api/v2/content/item/{path}"));
        Assert.True(paths.ContainsKey("/umbraco/delivery/api/v2/content/items"));
        Assert.DoesNotContain(paths, p => !p.Key.StartsWith("/umbraco/delivery/", StringComparison.Ordinal));
        var description = document["info"]!["description"]!.GetValue<string>();
        foreach (var filter in new[] { "region:", "country:", "conflict:", "conflictRegion:", "initiative:", "reportType:", "year:", "language:", "contentType:", "name:" })
        {
            Assert.Contains("`" + filter, description, StringComparison.Ordinal);
        }

        var parameters = paths["/umbraco/delivery/api/v2/content"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "fetch", "filter", "sort", "skip", "take", "expand", "fields", "Accept-Language", "Api-Key", "Preview", "Start-Item" }, parameters.ToHashSet());
        Assert.Equal("Api-Key", document["components"]!["securitySchemes"]!["ApiKeyAuth"]!["name"]!.GetValue<string>());

        using var page = await client.SendAsync("/umbraco/delivery/api-docs/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
