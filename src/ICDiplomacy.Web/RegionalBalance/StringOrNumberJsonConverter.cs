using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Reads a participant id given as a JSON string or number (databases hand out both) as a string.</summary>
internal sealed class StringOrNumberJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw new JsonException("Expected a string or a number."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
