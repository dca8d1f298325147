namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>The answer to a by-route lookup: an item, a redirect recorded by redirect URL tracking, or nothing.</summary>
public sealed record RouteLookup(ContentRow? Item, ContentRow? RedirectTarget)
{
    public static RouteLookup NotFound { get; } = new(null, null);
}
