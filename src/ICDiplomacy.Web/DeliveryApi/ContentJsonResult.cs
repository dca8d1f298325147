using ICDiplomacy.Web.DeliveryApi.Caching;
using ICDiplomacy.Web.DeliveryApi.Rendering;
using Microsoft.Net.Http.Headers;

namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>
/// A rendered Delivery API body with its ETag (304 when <c>If-None-Match</c> matches), Cache-Control and the
/// output-cache tags of every document it depends on.
/// </summary>
public sealed class ContentJsonResult(byte[] body, IReadOnlyCollection<string> cacheTags, string cacheControl) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonContentType;

    public byte[] Body => body;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var etag = DeliveryJson.ETag(body);
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        DeliveryCacheTags.Add(httpContext, cacheTags);

        if (httpContext.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
