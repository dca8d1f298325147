using System.Globalization;
using SixLabors.ImageSharp.Processing;

namespace ICDiplomacy.Web.Media;

/// <summary>Validated processing commands of one image request, after caps and unknown values were dealt with.</summary>
public sealed record ImageCommands
{
    public int? Width { get; init; }
    public int? Height { get; init; }
    public ResizeMode Mode { get; init; } = ResizeMode.Crop;
    public AnchorPositionMode Anchor { get; init; } = AnchorPositionMode.Center;
    /// <summary>The <c>rxy</c> focal point as fractions; overrides <see cref="Anchor"/> in crop mode.</summary>
    public (float X, float Y)? Center { get; init; }
    /// <summary>Output format: jpg, png, gif or webp; null keeps the source format.</summary>
    public string? Format { get; init; }
    public int? Quality { get; init; }
    public ImageCropCoordinates? Crop { get; init; }

    public bool HasProcessing => Width is not null || Height is not null || Crop is not null || Format is not null || Quality is not null;

    /// <summary>Canonical form of everything that changes the output: the disk cache key.</summary>
    public string Normalized
    {
        get
        {
            var i = CultureInfo.InvariantCulture;
            var resize = Width is null && Height is null
                ? ""
                : string.Create(i, $"w={Width};h={Height};m={Mode};a={Anchor};c={Center?.X:R},{Center?.Y:R};");
            var crop = Crop is null ? "" : string.Create(i, $"cc={Crop.X1:R},{Crop.Y1:R},{Crop.X2:R},{Crop.Y2:R};");
            return string.Create(i, $"{crop}{resize}f={Format};q={Quality}");
        }
    }
}
