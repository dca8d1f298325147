using System.Reflection;
using ICDiplomacy.Web.DeliveryApi;
using ICDiplomacy.Web.Tests.Media;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The DeliveryApi section, media included, is bound by one options type and checked before the app serves anything.</summary>
public sealed class DeliveryApiOptionsBindingTests
{
    [Fact]
    public void DeliveryApi_section_is_bound_by_one_options_type()
    {
        var binders = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } f && (string?)f.GetRawConstantValue() == DeliveryApiOptions.SectionName)
            .ToList();

        Assert.Equal([typeof(DeliveryApiOptions)], binders);
    }

    [Theory]
    [InlineData("DeliveryApi:Media:Enabled", "maybe")]
    [InlineData("DeliveryApi:Media:PublicAccess", "sometimes")]
    [InlineData("DeliveryApi:ApiKey", "too-short")]
    public void Bad_delivery_api_value_stops_start_up_naming_it(string key, string value)
    {
        using var app = MediaAppFactory.With(new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains(key.Split(':')[^1], error.ToString(), StringComparison.Ordinal);
    }
}
