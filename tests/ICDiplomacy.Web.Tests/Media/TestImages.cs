using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.PixelFormats;

namespace ICDiplomacy.Web.Tests.Media;

/// <summary>Files for upload tests, generated in-test (ImageSharp's default configuration) or built byte by byte.</summary>
public static class TestImages
{
    public const string GpsMarker = "CAMERA-SERIAL-4711";

    /// <summary>Left half red, right half blue, so crops and focal points show in the output's pixels.</summary>
    public static Image<Rgba32> Halves(int width, int height)
    {
        var image = new Image<Rgba32>(width, height, Color.Red);
        var blue = Color.Blue.ToPixel<Rgba32>();
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                rows.GetRowSpan(y)[(width / 2)..].Fill(blue);
            }
        });
        return image;
    }

    public static byte[] Png(int width = 40, int height = 30) => Save(Halves(width, height), (i, s) => i.SaveAsPng(s));

    public static byte[] Jpeg(int width = 40, int height = 30) => Save(Halves(width, height), (i, s) => i.SaveAsJpeg(s));

    public static byte[] Gif(int width = 40, int height = 30) => Save(Halves(width, height), (i, s) => i.SaveAsGif(s));

    public static byte[] Webp(int width = 40, int height = 30) => Save(Halves(width, height), (i, s) => i.SaveAsWebp(s));

    public static byte[] Bmp() => Save(Halves(8, 8), (i, s) => i.SaveAsBmp(s));

    public static byte[] Tiff() => Save(Halves(8, 8), (i, s) => i.SaveAsTiff(s));

    public static byte[] ByFormat(string format, int width = 40, int height = 30) => format switch
    {
        "png" => Png(width, height),
        "jpg" => Jpeg(width, height),
        "gif" => Gif(width, height),
        "webp" => Webp(width, height),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>A JPEG carrying EXIF (GPS position, camera make and serial-like model), IPTC and XMP.</summary>
    public static byte[] JpegWithMetadata(ushort orientation = 1, int width = 40, int height = 20)
    {
        var image = Halves(width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(48, 1), new Rational(51, 1), new Rational(29, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(2, 1), new Rational(17, 1), new Rational(40, 1)]);
        exif.SetValue(ExifTag.Make, "ExampleCam");
        exif.SetValue(ExifTag.Model, GpsMarker);
        exif.SetValue(ExifTag.Orientation, orientation);
        image.Metadata.ExifProfile = exif;
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.Caption, "IPTC-" + GpsMarker);
        image.Metadata.IptcProfile = iptc;
        image.Metadata.XmpProfile = new SixLabors.ImageSharp.Metadata.Profiles.Xmp.XmpProfile(Encoding.UTF8.GetBytes(
            $"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description>XMP-{GpsMarker}</rdf:Description></rdf:RDF></x:xmpmeta>"));
        return Save(image, (i, s) => i.SaveAsJpeg(s));
    }

    /// <summary>A PNG whose IHDR claims the given size, with a tiny IDAT: no pixels exist, only the claim.</summary>
    public static byte[] PngHeaderClaiming(int width, int height)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        WriteChunk(ms, "IHDR", ihdr);
        using (var z = new MemoryStream())
        {
            using (var zlib = new ZLibStream(z, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(new byte[64]);
            }

            WriteChunk(ms, "IDAT", z.ToArray());
        }

        WriteChunk(ms, "IEND", []);
        return ms.ToArray();
    }

    /// <summary>A structurally valid GIF of 1 × 1 frames, as many as asked.</summary>
    public static byte[] GifWithFrames(int frames)
    {
        using var ms = new MemoryStream();
        ms.Write("GIF89a"u8);
        ms.Write([1, 0, 1, 0, 0x80, 0, 0]); // 1 × 1 canvas, 2-colour global table
        ms.Write([0, 0, 0, 255, 255, 255]);
        for (var i = 0; i < frames; i++)
        {
            ms.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]); // image descriptor 1 × 1
            ms.Write([2, 2, 0x4C, 0x01, 0]); // LZW min code size 2, one data sub-block, terminator
        }

        ms.WriteByte(0x3B);
        return ms.ToArray();
    }

    /// <summary>CVE-2025-54575's shape: a comment extension whose sub-blocks never terminate.</summary>
    public static byte[] GifWithUnterminatedComment()
    {
        var gif = GifWithFrames(1).ToList();
        gif.RemoveAt(gif.Count - 1);
        gif.AddRange([0x21, 0xFE, 0x05, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o']);
        return [.. gif];
    }

    /// <summary>A real GIF with a script in a comment block and JavaScript after the trailer.</summary>
    public static byte[] GifJsPolyglot()
    {
        var gif = Gif(8, 8).ToList();
        var trailer = gif.Count - 1;
        var script = Encoding.ASCII.GetBytes("<script>alert(1)</script>");
        var comment = new List<byte> { 0x21, 0xFE, (byte)script.Length };
        comment.AddRange(script);
        comment.Add(0);
        gif.InsertRange(trailer, comment);
        gif.AddRange(Encoding.ASCII.GetBytes("\n;alert(document.domain);//"));
        return [.. gif];
    }

    /// <summary>The classic header trick: "GIF89a/*" starts a JavaScript comment; the rest is not a GIF.</summary>
    public static byte[] GifHeaderJsPolyglot() => Encoding.ASCII.GetBytes("GIF89a/*\x00\x00\x00\x00*/=1;alert(document.cookie);//");

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static Image<Rgba32> Load(byte[] bytes) => Image.Load<Rgba32>(bytes);

    public static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    private static byte[] Save(Image<Rgba32> image, Action<Image<Rgba32>, Stream> save)
    {
        using (image)
        {
            using var ms = new MemoryStream();
            save(image, ms);
            return ms.ToArray();
        }
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        stream.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
