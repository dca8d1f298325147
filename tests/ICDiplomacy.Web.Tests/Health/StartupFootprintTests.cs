using ICDiplomacy.Web.Common;
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
}
