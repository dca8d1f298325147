using System.Text.Json.Serialization;
using SixLabors.ImageSharp;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// Umbraco's crop coordinates and <c>cc</c> command: fractions where <see cref="X2"/>/<see cref="Y2"/> are
/// distances from the right/bottom edges, so (0, 0, 0, 0) is the whole image.
/// </summary>
public sealed record ImageCropCoordinates(double X1, double Y1, double X2, double Y2)
{
    [JsonIgnore]
    public bool IsValid =>
        X1 is >= 0 and <= 1 && Y1 is >= 0 and <= 1 && X2 is >= 0 and <= 1 && Y2 is >= 0 and <= 1 && X1 + X2 < 1 && Y1 + Y2 < 1;

    [JsonIgnore]
    public bool IsWholeImage => X1 == 0 && Y1 == 0 && X2 == 0 && Y2 == 0;

    public Rectangle ToRectangle(int width, int height)
    {
        var left = (int)Math.Round(X1 * width);
        var top = (int)Math.Round(Y1 * height);
        var right = (int)Math.Round((1 - X2) * width);
        var bottom = (int)Math.Round((1 - Y2) * height);
        return Rectangle.FromLTRB(left, top, Math.Max(right, left + 1), Math.Max(bottom, top + 1));
    }
}
