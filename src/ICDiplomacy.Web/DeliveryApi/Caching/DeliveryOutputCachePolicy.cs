using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>
/// Caches only public answers: no Api-Key header, no preview, public access on, status 200. The cache key
/// varies by every header that changes the answer (SECURITY-GUIDE §1.2: an output cache that did not vary
/// by the key served drafts to keyless callers).
/// </summary>
internal sealed class DeliveryOutputCachePolicy(IOptions<DeliveryApiOptions> options, DeliveryCacheGeneration generation) : IOutputCachePolicy
{
    public const string Name = "DeliveryApi";
    private const string GenerationItem = "DeliveryApi.CacheGeneration";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var o = options.Value;
        var headers = context.HttpContext.Request.Headers;
        var cacheable = o.OutputCache.Enabled
            && o.PublicAccess
            && HttpMethods.IsGet(context.HttpContext.Request.Method)
            && !headers.ContainsKey(DeliveryRequest.ApiKeyHeader)
            && !headers.ContainsKey(DeliveryRequest.PreviewHeader)
            && !headers.ContainsKey("Authorization");

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        context.HttpContext.Items[GenerationItem] = generation.Current;
        context.ResponseExpirationTimeSpan = o.OutputCache.ContentDuration;
        // The raw query string, not QueryKeys = "*": the built-in key builder sorts repeated values (and in
        // doing so reorders ?id=b&id=a for the handler), while the items endpoint answers in request order.
        context.CacheVaryByRules.VaryByValues["query"] = context.HttpContext.Request.QueryString.Value ?? "";
        context.CacheVaryByRules.HeaderNames = new StringValues([
            DeliveryRequest.AcceptLanguageHeader, DeliveryRequest.StartItemHeader, DeliveryRequest.PreviewHeader, DeliveryRequest.ApiKeyHeader, "Origin",
        ]);
        // Defence in depth: even if the rules above change, keyed and keyless answers never share an entry.
        context.CacheVaryByRules.VaryByValues["apiKey"] = "none";
        context.Tags.Add(DeliveryCacheTags.All);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var started = context.HttpContext.Items[GenerationItem] as long?;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || started is null
            || started.Value != generation.Current)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
