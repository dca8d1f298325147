using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using SixLabors.ImageSharp.Processing;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// The image commands of a <c>/media/...</c> query string, as Umbraco and ImageSharp.Web read them: known
/// keys only (the rest are stripped before the HMAC check), keys case-insensitive, a repeated key keeps its
/// first position and its last value.
/// </summary>
public sealed class ImageRequest
{
    public const string HmacKey = "hmac";

    /// <summary>Keys in the order Umbraco's URL generator writes them.</summary>
    public static readonly IReadOnlyList<string> KnownKeys = ["cc", "rxy", "rmode", "ranchor", "width", "height", "format", "quality", "v", "rnd"];

    private ImageRequest(IReadOnlyList<KeyValuePair<string, string>> commands, string? hmac)
    {
        Commands = commands;
        Hmac = hmac;
    }

    /// <summary>Known commands in request order, keys lower-cased, values decoded; <c>hmac</c> excluded.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Commands { get; }

    public string? Hmac { get; }

    /// <summary>The <c>v</c> (or legacy <c>rnd</c>) cache buster, when present.</summary>
    public string? CacheBuster => Value("v") ?? Value("rnd");

    /// <summary>True when a command other than the cache buster is present: these need a signature when HMAC is on.</summary>
    public bool HasCommands => Commands.Any(c => c.Key is not ("v" or "rnd"));

    public static ImageRequest Parse(string? queryString)
    {
        var commands = new List<KeyValuePair<string, string>>();
        string? hmac = null;
        foreach (var pair in new QueryStringEnumerable(queryString))
        {
            var key = pair.DecodeName().ToString().ToLowerInvariant();
            var value = pair.DecodeValue().ToString();
            if (key == HmacKey)
            {
                hmac = value;
                continue;
            }

            if (!KnownKeys.Contains(key))
            {
                continue;
            }

            var at = commands.FindIndex(c => c.Key == key);
            if (at >= 0)
            {
                commands[at] = new(key, value);
            }
            else
            {
                commands.Add(new(key, value));
            }
        }

        return new ImageRequest(commands, hmac);
    }

    public string? Value(string key) => Commands.FirstOrDefault(c => c.Key == key).Value;

    /// <summary>
    /// Turns the raw commands into <see cref="ImageCommands"/>. Unparseable or out-of-range values are
    /// dropped as ImageSharp.Web does; with <paramref name="signed"/>, a width or height at or over the cap is
    /// an error instead, because the server never signs one.
    /// </summary>
    public ImageCommands ToCommands(ImagingResizeOptions caps, bool signed, out string? error)
    {
        error = null;
        var width = Dimension("width", caps.MaxWidth, signed, ref error);
        var height = Dimension("height", caps.MaxHeight, signed, ref error);
        return new ImageCommands
        {
            Width = width,
            Height = height,
            Mode = ParseMode(Value("rmode")) ?? ResizeMode.Crop,
            Anchor = ParseAnchor(Value("ranchor")) ?? AnchorPositionMode.Center,
            Center = ParseCenter(Value("rxy")),
            Format = ParseFormat(Value("format")),
            Quality = int.TryParse(Value("quality"), NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 100 ? q : null,
            Crop = ParseCrop(Value("cc")),
        };
    }

    private int? Dimension(string key, int max, bool signed, ref string? error)
    {
        if (!int.TryParse(Value(key), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        if (value >= max)
        {
            if (signed)
            {
                error = $"'{key}' must be below {max}.";
            }

            return null;
        }

        return value;
    }

    private static ResizeMode? ParseMode(string? value) => value?.ToLowerInvariant() switch
    {
        "crop" => ResizeMode.Crop,
        "pad" => ResizeMode.Pad,
        "boxpad" => ResizeMode.BoxPad,
        "max" => ResizeMode.Max,
        "min" => ResizeMode.Min,
        "stretch" => ResizeMode.Stretch,
        _ => null,
    };

    private static AnchorPositionMode? ParseAnchor(string? value) => value?.ToLowerInvariant() switch
    {
        "center" => AnchorPositionMode.Center,
        "top" => AnchorPositionMode.Top,
        "bottom" => AnchorPositionMode.Bottom,
        "left" => AnchorPositionMode.Left,
        "right" => AnchorPositionMode.Right,
        "topleft" => AnchorPositionMode.TopLeft,
        "topright" => AnchorPositionMode.TopRight,
        "bottomleft" => AnchorPositionMode.BottomLeft,
        "bottomright" => AnchorPositionMode.BottomRight,
        _ => null,
    };

    private static string? ParseFormat(string? value) => value?.ToLowerInvariant() switch
    {
        "jpg" or "jpeg" => "jpg",
        "png" => "png",
        "gif" => "gif",
        "webp" => "webp",
        _ => null,
    };

    private static (float X, float Y)? ParseCenter(string? value)
    {
        var parts = Fractions(value, 2);
        return parts is null ? null : ((float)parts[0], (float)parts[1]);
    }

    private static ImageCropCoordinates? ParseCrop(string? value)
    {
        var parts = Fractions(value, 4);
        if (parts is null)
        {
            return null;
        }

        var crop = new ImageCropCoordinates(parts[0], parts[1], parts[2], parts[3]);
        return crop.IsValid && !crop.IsWholeImage ? crop : null;
    }

    private static double[]? Fractions(string? value, int count)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 200)
        {
            return null;
        }

        var parts = value.Split(',');
        if (parts.Length != count)
        {
            return null;
        }

        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]) || result[i] is < 0 or > 1 || double.IsNaN(result[i]))
            {
                return null;
            }
        }

        return result;
    }
}
