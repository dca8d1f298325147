using System.Buffers.Binary;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// Finds the EXIF orientation tag of a JPEG by walking its marker segments. Decoders run with
/// IgnoreMetadata (SECURITY-GUIDE §2.2), so without this a portrait phone photo would be stored sideways.
/// </summary>
public static class JpegOrientation
{
    private const int MaxIfdEntries = 1000;

    /// <summary>The EXIF orientation (1–8), or 1 when absent or unreadable.</summary>
    public static int Read(ReadOnlySpan<byte> jpeg)
    {
        var pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF)
        {
            var marker = jpeg[pos + 1];
            if (marker == 0xFF)
            {
                pos++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                pos += 2;
                continue;
            }

            if (marker is 0xDA or 0xD9)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(pos + 2)..]);
            var end = pos + 2 + length;
            if (length < 2 || end > jpeg.Length)
            {
                break;
            }

            var segment = jpeg[(pos + 4)..end];
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                return FromTiff(segment[6..]);
            }

            pos = end;
        }

        return 1;
    }

    private static int FromTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return 1;
        }

        var little = tiff.StartsWith("II"u8);
        if (!little && !tiff.StartsWith("MM"u8))
        {
            return 1;
        }

        var ifd = (int)Math.Min(U32(tiff[4..], little), int.MaxValue);
        if (ifd < 8 || ifd + 2 > tiff.Length)
        {
            return 1;
        }

        var count = Math.Min((int)U16(tiff[ifd..], little), MaxIfdEntries);
        for (var i = 0; i < count; i++)
        {
            var entry = ifd + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                break;
            }

            // Tag 0x0112 Orientation, type 3 (SHORT), value stored inline.
            if (U16(tiff[entry..], little) == 0x0112 && U16(tiff[(entry + 2)..], little) == 3)
            {
                var value = U16(tiff[(entry + 8)..], little);
                return value is >= 1 and <= 8 ? value : 1;
            }
        }

        return 1;
    }

    private static ushort U16(ReadOnlySpan<byte> b, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);

    private static uint U32(ReadOnlySpan<byte> b, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
}
