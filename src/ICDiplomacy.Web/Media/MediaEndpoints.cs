namespace ICDiplomacy.Web.Media;

/// <summary>
/// The media feature's HTTP surface: <c>/media/...</c> files and image processing. The Media Delivery API
/// and the management routes are served by the Delivery API and backoffice features over this library.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>Serves <c>/media/...</c>; call it before UseStaticFiles so wwwroot can never answer for a media URL.</summary>
    public static IApplicationBuilder UseMediaFiles(this IApplicationBuilder app) => app.UseMiddleware<MediaFileMiddleware>();
}
