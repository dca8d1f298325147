namespace ICDiplomacy.Web.Media;

/// <summary>
/// A named crop of an image, as Umbraco's image cropper stores it: target size, and optionally the
/// selected area as fractions where x2/y2 are distances from the right/bottom edges (the <c>cc</c> command).
/// </summary>
public sealed class MediaCrop
{
    public long Id { get; set; }
    public long MediaId { get; set; }
    public required string Alias { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public double? X1 { get; set; }
    public double? Y1 { get; set; }
    public double? X2 { get; set; }
    public double? Y2 { get; set; }
}
