namespace ICDiplomacy.Web.Media;

/// <summary>
/// Everything an editor can change on a media item at once, replacing what is there: a null focal point,
/// crops or alt text clears it. <see cref="Version"/> is the version the edit is based on (stale → conflict).
/// </summary>
public sealed record MediaEdit(int Version, string Name, ImageFocalPoint? FocalPoint = null, IReadOnlyList<ImageCrop>? Crops = null, string? AltText = null);
