using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Media;

/// <summary>The disk cache of processed images and browser caching (<c>Imaging:Cache</c>).</summary>
public sealed class ImagingCacheOptions
{
    /// <summary>Folder for processed images; relative paths are resolved from <c>Cms:DataDirectory</c>.</summary>
    [Required]
    public string CacheFolder { get; set; } = "media-cache";

    /// <summary>Browser cache lifetime sent in Cache-Control (with <c>immutable</c> when the URL carries <c>v</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan BrowserMaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a processed image stays valid on disk before it is produced again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan CacheMaxAge { get; set; } = TimeSpan.FromDays(365);
}
