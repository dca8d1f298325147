using System.Text.Json;
using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Shares and indices keep full precision in the model and are rounded to 3 decimals, half away from zero,
/// only when written (spec: "metrics match hand-computed values to 3 decimals").
/// </summary>
internal sealed class RoundedDoubleJsonConverter : JsonConverter<double>
{
    public const int Decimals = 3;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Math.Round(value, Decimals, MidpointRounding.AwayFromZero));
}
