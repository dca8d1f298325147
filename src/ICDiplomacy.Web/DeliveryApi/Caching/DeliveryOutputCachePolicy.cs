using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>
/// Caches only public content answers: no Api-Key header, no preview, public access on, status 200. The cache
/// key varies by every header that changes the answer (SECURITY-GUIDE §1.2: an output cache that did not vary
/// by the key served drafts to keyless callers).
/// </summary>
internal sealed class DeliveryOutputCachePolicy(IOptions<DeliveryApiOptions> options, DeliveryCacheGeneration generation)
    : PublicAnswerCachePolicy(generation, "DeliveryApi.CacheGeneration")
{
    public const string Name = "DeliveryApi";
    private static readonly string[] Varying = [DeliveryRequest.AcceptLanguageHeader, DeliveryRequest.StartItemHeader, DeliveryRequest.PreviewHeader];
    private static readonly string[] ContentTags = [DeliveryCacheTags.All];

    protected override bool IsCacheable(IHeaderDictionary headers) =>
        options.Value.OutputCache.Enabled && options.Value.PublicAccess && !headers.ContainsKey(DeliveryRequest.PreviewHeader);

    protected override TimeSpan Duration => options.Value.OutputCache.ContentDuration;

    protected override IReadOnlyList<string> VaryByHeaders => Varying;

    protected override IEnumerable<string> Tags => ContentTags;
}
