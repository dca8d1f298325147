using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ICDiplomacy.Web.Tests.Health;

public class StartupFootprintTests
{
    [Fact]
    public void Key_ring_preload_is_found_and_removed()
    {
        // If ASP.NET Core renames its preload service this fails, instead of the key ring quietly loading at start-up again.
        var services = new ServiceCollection();
        services.AddDataProtection();
        Assert.Contains(services, d => d.ImplementationType?.FullName == DataProtectionKeyRing.PreloadServiceName);

        Assert.Equal(1, DataProtectionKeyRing.LoadOnFirstUse(services));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == DataProtectionKeyRing.PreloadServiceName);
    }

    [Fact]
    public void Key_ring_loaded_on_first_use_still_round_trips()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        DataProtectionKeyRing.LoadOnFirstUse(services);
        using var provider = services.BuildServiceProvider();

        var protector = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("payload", protector.Unprotect(protector.Protect("payload")));
    }

    [Fact]
    public async Task Key_ring_lives_in_the_data_folder_and_survives_a_restart()
    {
        var data = Path.Combine(Path.GetTempPath(), "icd-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Cms:DataDirectory"] = data };
        string protectedText;
        await using (var first = new CmsWebApplicationFactory(settings: settings))
        {
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("restart").Protect("payload");
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(data, "keys"), "key-*.xml"));
        try
        {
            await using var second = new CmsWebApplicationFactory(settings: settings);
            Assert.Equal("payload", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("restart").Unprotect(protectedText));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
