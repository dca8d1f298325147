using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Media;

/// <summary>Caps on requested output sizes (<c>Imaging:Resize</c>).</summary>
public sealed class ImagingResizeOptions
{
    /// <summary>
    /// Unsigned requests: a <c>width</c> at or above this is dropped and the rest of the request is served,
    /// as Umbraco does. Signed requests (HMAC on): such a width is a 400, since the server never signs one.
    /// </summary>
    [Range(1, 16000)]
    public int MaxWidth { get; set; } = 5000;

    /// <summary>As <see cref="MaxWidth"/>, for <c>height</c>.</summary>
    [Range(1, 16000)]
    public int MaxHeight { get; set; } = 5000;
}
