using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>
/// The Media Delivery API's cache rules: only public answers (media enabled and public, no Api-Key, no
/// Authorization), status 200, for <see cref="DeliveryApiOutputCacheOptions.MediaDuration"/>. Media ignores
/// Accept-Language, Preview and Start-Item, so only the query and the CORS origin vary the key.
/// </summary>
internal sealed class MediaOutputCachePolicy(IOptions<DeliveryApiOptions> options, DeliveryCacheGeneration generation)
    : PublicAnswerCachePolicy(generation, "MediaDeliveryApi.CacheGeneration")
{
    public const string Name = "MediaDeliveryApi";
    private static readonly string[] MediaTags = [DeliveryCacheTags.All, DeliveryCacheTags.MediaApi];

    protected override bool IsCacheable(IHeaderDictionary headers) =>
        options.Value.OutputCache.Enabled && options.Value.Media.Enabled && options.Value.MediaIsPublic();

    protected override TimeSpan Duration => options.Value.OutputCache.MediaDuration;

    protected override IReadOnlyList<string> VaryByHeaders => [];

    protected override IEnumerable<string> Tags => MediaTags;
}
