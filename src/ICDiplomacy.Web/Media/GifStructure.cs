namespace ICDiplomacy.Web.Media;

/// <summary>
/// Walks a GIF's block structure without decoding any pixels, so malformed files (a comment block with no
/// terminator, CVE-2025-54575) and files with thousands of frames are refused before ImageSharp sees them.
/// </summary>
public static class GifStructure
{
    public enum Verdict
    {
        Valid,
        Malformed,
        TooManyFrames,
    }

    public static (Verdict Verdict, int Frames) Inspect(ReadOnlySpan<byte> gif, int maxFrames)
    {
        if (gif.Length < 13)
        {
            return (Verdict.Malformed, 0);
        }

        var width = gif[6] | (gif[7] << 8);
        var height = gif[8] | (gif[9] << 8);
        var pos = 13 + ColorTableLength(gif[10]);
        var frames = 0;
        while (pos < gif.Length)
        {
            switch (gif[pos++])
            {
                case 0x21:
                    if (pos >= gif.Length || !SkipSubBlocks(gif, ref pos, pos + 1))
                    {
                        return (Verdict.Malformed, frames);
                    }

                    break;
                case 0x2C:
                    if (pos + 9 > gif.Length)
                    {
                        return (Verdict.Malformed, frames);
                    }

                    var left = gif[pos] | (gif[pos + 1] << 8);
                    var top = gif[pos + 2] | (gif[pos + 3] << 8);
                    var frameWidth = gif[pos + 4] | (gif[pos + 5] << 8);
                    var frameHeight = gif[pos + 6] | (gif[pos + 7] << 8);
                    // A frame larger than its canvas makes the decoder size buffers from the frame, not the canvas.
                    if (left + frameWidth > width || top + frameHeight > height)
                    {
                        return (Verdict.Malformed, frames);
                    }

                    var afterTable = pos + 9 + ColorTableLength(gif[pos + 8]);
                    // One byte of LZW minimum code size, then the image data sub-blocks.
                    if (afterTable >= gif.Length || !SkipSubBlocks(gif, ref pos, afterTable + 1))
                    {
                        return (Verdict.Malformed, frames);
                    }

                    if (++frames > maxFrames)
                    {
                        return (Verdict.TooManyFrames, frames);
                    }

                    break;
                case 0x3B:
                    return (frames > 0 ? Verdict.Valid : Verdict.Malformed, frames);
                default:
                    return (Verdict.Malformed, frames);
            }
        }

        // Many encoders omit the trailer; a file that ends cleanly between blocks is still whole.
        return (frames > 0 ? Verdict.Valid : Verdict.Malformed, frames);
    }

    private static int ColorTableLength(byte packed) => (packed & 0x80) != 0 ? 3 << ((packed & 0x07) + 1) : 0;

    private static bool SkipSubBlocks(ReadOnlySpan<byte> gif, ref int pos, int start)
    {
        var p = start;
        while (p < gif.Length)
        {
            var size = gif[p];
            p += 1 + size;
            if (size == 0)
            {
                pos = p;
                return p <= gif.Length;
            }
        }

        return false;
    }
}
