using static ICDiplomacy.Web.Tests.DeliveryApi.EveryEditorSiteFixture;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>Rich text as Umbraco's JSON element tree, byte for byte.</summary>
public sealed class DeliveryRichTextRenderingTests(EveryEditorRichTextJsonSiteFixture site) : IClassFixture<EveryEditorRichTextJsonSiteFixture>
{
    [Fact]
    public async Task Every_editor_document_with_rich_text_as_json_renders_byte_for_byte()
    {
        using var response = await site.Client.SendAsync(DeliveryHttp.Base + $"/item/{Document}?fields=properties[body,emptyBody]", ("Accept-Language", "en"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        DeliveryHttp.AssertGoldenExact("exact-every-editor-rich-text-json", body);
    }
}
