namespace ICDiplomacy.Web.Media;

/// <summary>What to ask of an image URL; every value is optional.</summary>
public sealed record ImageUrlOptions
{
    public int? Width { get; init; }
    public int? Height { get; init; }
    /// <summary><c>rmode</c>: crop (default), pad, boxpad, max, min or stretch.</summary>
    public string? Mode { get; init; }
    /// <summary><c>ranchor</c>: center, top, bottom, left, right, topleft, topright, bottomleft or bottomright.</summary>
    public string? Anchor { get; init; }
    /// <summary>Written as <c>rxy</c>; keeps this point in view in crop mode.</summary>
    public ImageFocalPoint? FocalPoint { get; init; }
    /// <summary>Written as <c>cc</c>; cut before resizing.</summary>
    public ImageCropCoordinates? Crop { get; init; }
    /// <summary>jpg, png, gif or webp.</summary>
    public string? Format { get; init; }
    public int? Quality { get; init; }
    /// <summary>Written as <c>v</c>, e.g. the media item's version; makes the response immutable.</summary>
    public string? CacheBuster { get; init; }
}
