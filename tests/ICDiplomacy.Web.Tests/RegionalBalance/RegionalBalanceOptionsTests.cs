using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.RegionalBalance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>The options are bound from RegionalBalance:* and a bad value stops start-up.</summary>
public class RegionalBalanceOptionsTests
{
    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddRegionalBalance();
        return builder.Build();
    }

    [Fact]
    public async Task Start_with_defaults_succeeds_and_binds_the_spec_values()
    {
        using var host = Build();
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<RegionalBalanceOptions>>().Value;
        Assert.Equal("unctad", options.GlobalSouthDefinition);
        Assert.Equal(10_000, options.MaxParticipants);
        Assert.Equal(0.40m, options.Forum.MaxRegionShare);
        Assert.Equal(0.10m, options.Dialogue.MaxUnknownShare);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_binds_overrides_from_configuration()
    {
        using var host = Build(("RegionalBalance:GlobalSouthDefinition", "worldBankIncome"), ("RegionalBalance:Dialogue:MaxPartyRatio", "1.5"), ("RegionalBalance:Forum:RequiredRegions", "Africa,Asia"));
        await host.StartAsync();

        var service = host.Services.GetRequiredService<BalanceService>();
        Assert.Equal(1.5m, service.DefaultThresholds(BalanceProfile.Dialogue).MaxPartyRatio);
        Assert.Equal(2, service.DefaultThresholds(BalanceProfile.Forum).RequiredRegions.Count);
        Assert.Equal(GlobalSouthDefinition.WorldBankIncome, service.DefaultGlobalSouth);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("RegionalBalance:GlobalSouthDefinition", "south", "GlobalSouthDefinition")]
    [InlineData("RegionalBalance:MaxParticipants", "0", "MaxParticipants")]
    [InlineData("RegionalBalance:Forum:MaxRegionShare", "1.5", "Forum.MaxRegionShare")]
    [InlineData("RegionalBalance:Dialogue:MaxPartyRatio", "0.5", "Dialogue.MaxPartyRatio")]
    [InlineData("RegionalBalance:Forum:RequiredRegions", "Africa,Atlantis", "Forum.RequiredRegions")]
    public async Task Start_with_an_invalid_value_fails_naming_it(string key, string value, string member)
    {
        using var host = Build((key, value));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(member, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }
}
