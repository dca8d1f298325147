using Microsoft.AspNetCore.OutputCaching;

namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>Output cache tag names: every cached response carries the keys of every document it depends on.</summary>
public static class DeliveryCacheTags
{
    /// <summary>Every Delivery API response.</summary>
    public const string All = "delivery";

    /// <summary>Responses whose membership depends on the tree (query results, by-route lookups): evicted on every public change.</summary>
    public const string Routing = "delivery:routing";

    /// <summary>Every Media Delivery API response: evicted on any media change (paths and folder lists follow renames and moves).</summary>
    public const string MediaApi = "delivery:media-api";

    public static string Content(Guid key) => "delivery:content:" + key.ToString("N");

    /// <summary>Content responses that show the media item (media pickers).</summary>
    public static string Media(Guid key) => "delivery:media:" + key.ToString("N");

    internal static void Add(HttpContext context, IEnumerable<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            foreach (var tag in tags)
            {
                cache.Tags.Add(tag);
            }
        }
    }
}
