using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>The Delivery API's own JSON settings, separate from the rest of the app's as in Umbraco.</summary>
internal static class DeliveryJson
{
    /// <summary>Buffers that grew past this (a page of large items) are dropped after use rather than kept per thread.</summary>
    private const int MaxRetainedBuffer = 256 * 1024;

    /// <summary>
    /// Umbraco's MVC output leaves non-ASCII and HTML characters unescaped (rich text markup is readable);
    /// the body is always served as application/json, never as HTML.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// What the serialiser's writer gets from <see cref="Options"/>: the same encoder, compact, and its default depth
    /// limit of 64, so a body written by hand is byte for byte what serialising a JSON tree with the options gave.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        MaxDepth = Options.MaxDepth == 0 ? 64 : Options.MaxDepth,
    };

    /// <summary>One writer and buffer per thread, reused: <see cref="Write"/> runs synchronously from start to end.</summary>
    [ThreadStatic]
    private static CachedWriter? t_cached;

    /// <summary>UTF-8 JSON written by <paramref name="write"/> into a reused buffer, copied once into the body.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        // Taken off the thread while in use, so a nested call gets its own.
        var cached = t_cached ?? new CachedWriter();
        t_cached = null;
        try
        {
            write(cached.Writer);
            cached.Writer.Flush();
            return cached.Buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (cached.Buffer.Capacity <= MaxRetainedBuffer)
            {
                cached.Reset();
                t_cached = cached;
            }
        }
    }

    /// <summary>A strong validator derived from the body.</summary>
    public static string ETag(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";

    private sealed class CachedWriter
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(16 * 1024);

        public Utf8JsonWriter Writer { get; }

        public CachedWriter() => Writer = new Utf8JsonWriter(Buffer, WriterOptions);

        public void Reset()
        {
            Buffer.ResetWrittenCount();
            Writer.Reset(Buffer);
        }
    }
}
