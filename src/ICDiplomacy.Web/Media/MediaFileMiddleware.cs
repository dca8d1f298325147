namespace ICDiplomacy.Web.Media;

/// <summary>
/// Owns every URL under <c>/media/</c>, ahead of static files: two segments, a GUID and a file name, or 404.
/// Encoded slashes (<c>..%2f</c>), double encoding, drive letters and stream suffixes (<c>::$DATA</c>) all fail that shape.
/// </summary>
public sealed class MediaFileMiddleware(RequestDelegate next, MediaFileServer server)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(MediaFileServer.PathPrefix, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            await next(context);
            return;
        }

        var result = await ResolveAsync(context, rest.Value ?? "");
        await result.ExecuteAsync(context);
    }

    private Task<IResult> ResolveAsync(HttpContext context, string rest)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            return Task.FromResult<IResult>(TypedResults.StatusCode(StatusCodes.Status405MethodNotAllowed));
        }

        var segments = rest.Split('/');
        if (segments is not ["", var id, var fileName]
            || !(Guid.TryParseExact(id, "N", out var key) || Guid.TryParseExact(id, "D", out key))
            || fileName.Length is 0 or > 255)
        {
            return Task.FromResult<IResult>(TypedResults.NotFound());
        }

        return server.ServeAsync(context, key, fileName);
    }
}
