using System.Text;
using ICDiplomacy.Web.DeliveryApi.Rendering;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The reused per-thread writer behind every Delivery API body.</summary>
public sealed class DeliveryJsonTests
{
    [Fact]
    public void Write_after_a_write_that_threw_starts_from_an_empty_buffer()
    {
        Assert.Throws<InvalidOperationException>(() => DeliveryJson.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("half", "written");
            throw new InvalidOperationException("rendering failed");
        }));

        var body = DeliveryJson.Write(writer =>
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(1);
            writer.WriteEndArray();
        });

        Assert.Equal("[1]", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void Write_inside_a_write_gets_its_own_writer()
    {
        byte[] inner = [];
        var outer = DeliveryJson.Write(writer =>
        {
            writer.WriteStartObject();
            inner = DeliveryJson.Write(nested => nested.WriteStringValue("inner"));
            writer.WriteString("outer", "<b>é</b>");
            writer.WriteEndObject();
        });

        Assert.Equal("\"inner\"", Encoding.UTF8.GetString(inner));
        Assert.Equal("{\"outer\":\"<b>é</b>\"}", Encoding.UTF8.GetString(outer));
    }
}
