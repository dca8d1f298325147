using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.DeliveryApi.Rendering;

/// <summary>The Delivery API's own JSON settings, separate from the rest of the app's as in Umbraco.</summary>
internal static class DeliveryJson
{
    /// <summary>
    /// Umbraco's MVC output leaves non-ASCII and HTML characters unescaped (rich text markup is readable);
    /// the body is always served as application/json, never as HTML.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            node.WriteTo(writer, Options);
        }

        return buffer.ToArray();
    }

    /// <summary>A strong validator derived from the body.</summary>
    public static string ETag(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
}
