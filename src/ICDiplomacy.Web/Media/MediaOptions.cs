using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Media;

/// <summary>Media library uploads and the hardened image decoder (section <c>Media</c>; SECURITY-GUIDE §2.2).</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>Largest accepted image upload in bytes; larger uploads get 413.</summary>
    [Range(1024, 200L * 1024 * 1024)]
    public long MaxImageBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest accepted PDF upload in bytes; larger uploads get 413.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Widest image accepted, read from the file's header before any pixel is decoded.</summary>
    [Range(1, 65535)]
    public int MaxImageWidth { get; set; } = 8000;

    /// <summary>Tallest image accepted, read from the file's header before any pixel is decoded.</summary>
    [Range(1, 65535)]
    public int MaxImageHeight { get; set; } = 8000;

    /// <summary>Most pixels (width × height) accepted; width and height caps alone still allow 8000 × 8000.</summary>
    [Range(1, 1_000_000_000)]
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>Most frames a GIF may hold; only the first is kept (animations are flattened).</summary>
    [Range(1, 10_000)]
    public int MaxFrames { get; set; } = 100;

    /// <summary>Largest single buffer ImageSharp may allocate, in megabytes.</summary>
    [Range(16, 4096)]
    public int AllocationLimitMegabytes { get; set; } = 256;

    /// <summary>How long one decode (upload) or one resize may run before the request is answered with an error.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan DecodeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Decodes and resizes that may run at once; the rest wait (up to <see cref="DecodeTimeout"/>) and then get 503.</summary>
    [Range(1, 64)]
    public int MaxConcurrentDecodes { get; set; } = 2;

    /// <summary>JPEG quality used when uploads are re-encoded.</summary>
    [Range(1, 100)]
    public int JpegQuality { get; set; } = 85;

    /// <summary>WebP quality used when lossy uploads are re-encoded.</summary>
    [Range(1, 100)]
    public int WebpQuality { get; set; } = 85;

    /// <summary>Most multipart sections an upload request may have before it is refused with 413.</summary>
    [Range(1, 100)]
    public int MaxMultipartSections { get; set; } = 10;

    /// <summary>The request body limit of the upload endpoint: the larger file cap plus room for the form fields.</summary>
    public long MaxRequestBytes => Math.Max(MaxImageBytes, MaxFileBytes) + (64 * 1024);
}
