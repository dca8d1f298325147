namespace ICDiplomacy.Web.Media;

/// <summary>A media item as a MediaPicker3 value stores it: the media key plus the picker's own focal point and crops.</summary>
public sealed record PickedMedia(Guid MediaKey, ImageFocalPoint? FocalPoint = null, IReadOnlyList<ImageCrop>? Crops = null);
