using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>
/// What the content and media cache policies share: only GETs without an Api-Key or Authorization header are
/// cached, keyed by the raw query string and the headers that change the answer, tagged for eviction, and
/// stored only when the answer is a 200 without cookies whose reading began in the current cache generation
/// (an answer read before an eviction may hold the old data).
/// </summary>
internal abstract class PublicAnswerCachePolicy(DeliveryCacheGeneration generation, string generationItem) : IOutputCachePolicy
{
    /// <summary>Settings and request headers that allow caching, beyond the GET and key/authorization rules.</summary>
    protected abstract bool IsCacheable(IHeaderDictionary headers);

    protected abstract TimeSpan Duration { get; }

    /// <summary>Request headers that vary the cache key (Api-Key and Origin are always among them).</summary>
    protected abstract IReadOnlyList<string> VaryByHeaders { get; }

    protected abstract IEnumerable<string> Tags { get; }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var headers = context.HttpContext.Request.Headers;
        var cacheable = HttpMethods.IsGet(context.HttpContext.Request.Method)
            && !headers.ContainsKey(DeliveryRequest.ApiKeyHeader)
            && !headers.ContainsKey("Authorization")
            && IsCacheable(headers);

        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        context.HttpContext.Items[generationItem] = generation.Current;
        context.ResponseExpirationTimeSpan = Duration;
        // The raw query string, not QueryKeys = "*": the built-in key builder sorts repeated values (and in
        // doing so reorders ?id=b&id=a for the handler), while the items endpoints answer in request order.
        context.CacheVaryByRules.VaryByValues["query"] = context.HttpContext.Request.QueryString.Value ?? "";
        context.CacheVaryByRules.HeaderNames = new StringValues([.. VaryByHeaders, DeliveryRequest.ApiKeyHeader, "Origin"]);
        // Defence in depth: even if the rules above change, keyed and keyless answers never share an entry.
        context.CacheVaryByRules.VaryByValues["apiKey"] = "none";
        foreach (var tag in Tags)
        {
            context.Tags.Add(tag);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || context.HttpContext.Items[generationItem] is not long started
            || started != generation.Current)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
