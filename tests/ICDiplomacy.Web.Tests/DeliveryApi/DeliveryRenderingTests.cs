using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;
using static ICDiplomacy.Web.Tests.DeliveryApi.EveryEditorSiteFixture;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>
/// The exact bytes of bodies rendering every property editor: escaping, number and date text, null handling,
/// property order, pickers, expansion, blocks, links, media with a local focal point, cultures and preview routes.
/// The other golden tests compare parsed JSON; these catch any change a client could see on the wire.
/// </summary>
public sealed class DeliveryRenderingTests(EveryEditorSiteFixture site) : IClassFixture<EveryEditorSiteFixture>
{
    public static TheoryData<string, string, string, bool> Requests => new()
    {
        { "exact-every-editor-en", $"/item/{Document}", "en", false },
        { "exact-every-editor-expanded", $"/item/{Document}?expand=properties[people,related,blocks[properties[person]]]", "en", false },
        { "exact-every-editor-fields", $"/item/{Document}?expand=properties[$all]&fields=properties[title,people[properties[country]],blocks[properties[heading]]]", "en", false },
        { "exact-every-editor-preview-fr", $"/item/{Document}", "fr", true },
        { "exact-every-editor-list", $"?filter=contentType:everyEditor&fields=properties[title,count,links]", "en", false },
        { "exact-every-editor-items", $"/items?id={Document}&id={DraftReport}&id={Person}", "en", false },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_editor_document_renders_byte_for_byte(string golden, string url, string culture, bool preview)
    {
        (string, string)[] headers = preview
            ? [("Accept-Language", culture), ("Preview", "true"), ("Api-Key", ApiKey)]
            : [("Accept-Language", culture)];
        using var response = await site.Client.SendAsync(DeliveryHttp.Base + url, headers);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        DeliveryHttp.AssertGoldenExact(golden, body);
    }

    [Fact]
    public async Task Every_editor_document_never_renders_a_sensitive_value()
    {
        var body = await site.Client.GetStringAsync(DeliveryHttp.Base + $"/item/{Document}?expand=properties[$all]");
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("named", body, StringComparison.Ordinal);
    }
}
