namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>Umbraco's 301 for a tracked old route: the new route plus the start item it is relative to.</summary>
public sealed class RedirectWithStartItemResult(string location, string startItemPath, Guid startItemId) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status301MovedPermanently;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status301MovedPermanently;
        response.Headers.Location = location;
        response.Headers["Location-Start-Item-Path"] = startItemPath;
        response.Headers["Location-Start-Item-Id"] = startItemId.ToString("D");
        response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
