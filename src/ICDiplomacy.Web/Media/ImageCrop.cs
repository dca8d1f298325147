namespace ICDiplomacy.Web.Media;

/// <summary>A named crop as the Delivery API writes it (and as MediaPicker3 values store local crops).</summary>
public sealed record ImageCrop(string Alias, int Width, int Height, ImageCropCoordinates? Coordinates);
