namespace ICDiplomacy.Web.Media;

/// <summary>An encoded image, or why there is none.</summary>
public sealed record ImageResult(MediaOperationStatus Status, string? Message = null)
{
    public byte[] Bytes { get; init; } = [];
    public int Width { get; init; }
    public int Height { get; init; }
    /// <summary>Extension of <see cref="Bytes"/>' format: jpg, png, gif or webp.</summary>
    public string Extension { get; init; } = "";

    public bool Succeeded => Status == MediaOperationStatus.Success;

    public static ImageResult Fail(MediaOperationStatus status, string message) => new(status, message);
}
