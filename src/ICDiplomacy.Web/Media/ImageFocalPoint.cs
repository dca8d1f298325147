using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.Media;

/// <summary>Umbraco's focal point: the part of the image to keep in view when cropping, as fractions from the top-left.</summary>
public sealed record ImageFocalPoint(double Left, double Top)
{
    [JsonIgnore]
    public bool IsValid => Left is >= 0 and <= 1 && Top is >= 0 and <= 1;
}
