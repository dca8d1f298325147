using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>
/// The Media Delivery API's cache rules: only public answers (media enabled and public, no Api-Key, no
/// Authorization), status 200, for <see cref="DeliveryApiOutputCacheOptions.MediaDuration"/>. Media ignores
/// Accept-Language, Preview and Start-Item, so only the query and the CORS origin vary the key.
/// </summary>
internal sealed class MediaOutputCachePolicy(IOptions<DeliveryApiOptions> options, DeliveryCacheGeneration generation) : IOutputCachePolicy
{
    public const string Name = "MediaDeliveryApi";
    private const string GenerationItem = "MediaDeliveryApi.CacheGeneration";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var o = options.Value;
        var headers = context.HttpContext.Request.Headers;
        var cacheable = o.OutputCache.Enabled
            && o.Media.Enabled
            && o.MediaIsPublic()
            && HttpMethods.IsGet(context.HttpContext.Request.Method)
            && !headers.ContainsKey(DeliveryRequest.ApiKeyHeader)
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
        context.ResponseExpirationTimeSpan = o.OutputCache.MediaDuration;
        // The raw query string: /items answers in request order, which sorted vary-by values would lose.
        context.CacheVaryByRules.VaryByValues["query"] = context.HttpContext.Request.QueryString.Value ?? "";
        context.CacheVaryByRules.HeaderNames = new StringValues([DeliveryRequest.ApiKeyHeader, "Origin"]);
        // Keyed and keyless answers never share an entry, whatever the rules above become.
        context.CacheVaryByRules.VaryByValues["apiKey"] = "none";
        context.Tags.Add(DeliveryCacheTags.All);
        context.Tags.Add(DeliveryCacheTags.MediaApi);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // An answer whose reading began before a media change was evicted may hold the old data.
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || context.HttpContext.Items[GenerationItem] is not long started
            || started != generation.Current)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
