namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The same site with <c>DeliveryApi:RichTextOutputAsJson</c> on.</summary>
public sealed class EveryEditorRichTextJsonSiteFixture : EveryEditorSiteFixture
{
    private protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["DeliveryApi:RichTextOutputAsJson"] = "true" };
}
