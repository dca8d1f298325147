namespace ICDiplomacy.Web.Media;

/// <summary>Reads the WebP container header: ImageSharp 2.x cannot decode animated WebP, so those are refused up front.</summary>
public static class WebpStructure
{
    public static bool IsAnimated(ReadOnlySpan<byte> webp) =>
        webp.Length >= 21 && webp[12..16].SequenceEqual("VP8X"u8) && (webp[20] & 0x02) != 0;
}
