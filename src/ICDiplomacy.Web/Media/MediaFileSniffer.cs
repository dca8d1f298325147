namespace ICDiplomacy.Web.Media;

/// <summary>
/// The magic-byte allow-list: the file's first bytes decide what it is; the client's file name and
/// Content-Type are never consulted.
/// </summary>
public static class MediaFileSniffer
{
    /// <summary>Bytes needed to tell every accepted and every named rejected format apart.</summary>
    public const int HeaderLength = 16;

    // Whitespace and a UTF-8 byte order mark, which may precede markup.
    private static ReadOnlySpan<byte> LeadingNoise => [(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static MediaFileKind Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PngSignature))
        {
            return MediaFileKind.Png;
        }

        if (header is [0xFF, 0xD8, 0xFF, ..])
        {
            return MediaFileKind.Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return MediaFileKind.Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaFileKind.Webp;
        }

        return header.StartsWith("%PDF-"u8) ? MediaFileKind.Pdf : MediaFileKind.Unknown;
    }

    /// <summary>What a refused file looks like, for the problem detail (never echoes the file's bytes).</summary>
    public static string Describe(ReadOnlySpan<byte> header)
    {
        if (header is [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] or [0x49, 0x49, 0x2B, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2B, ..])
        {
            return "a TIFF image";
        }

        if (header.StartsWith("BM"u8))
        {
            return "a BMP image";
        }

        if (header is [(byte)'P', >= (byte)'1' and <= (byte)'7', ..])
        {
            return "a PBM/PGM/PPM image";
        }

        var text = header.TrimStart(LeadingNoise);
        if (text.StartsWith("<"u8))
        {
            return "markup (SVG, XML or HTML)";
        }

        if (text.StartsWith("PK"u8))
        {
            return "a ZIP archive or Office document";
        }

        return "an unrecognised format";
    }

    /// <summary>The extension we store and serve a file of this kind under.</summary>
    public static string ExtensionOf(MediaFileKind kind) => kind switch
    {
        MediaFileKind.Png => "png",
        MediaFileKind.Jpeg => "jpg",
        MediaFileKind.Gif => "gif",
        MediaFileKind.Webp => "webp",
        MediaFileKind.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ContentTypeOf(string extension) => extension switch
    {
        "png" => "image/png",
        "jpg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
