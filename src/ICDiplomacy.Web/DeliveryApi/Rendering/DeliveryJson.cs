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

    /// <summary>UTF-8 JSON of <paramref name="node"/>; the serialiser writes into pooled buffers and copies once (a list page is ~35 KB).</summary>
    public static byte[] Serialize(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Options);

    /// <summary>A strong validator derived from the body.</summary>
    public static string ETag(byte[] body) => "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
}
