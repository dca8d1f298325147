using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The seeded <see cref="DeliverySite"/> shared by read-only Delivery API tests.</summary>
public sealed class DeliverySiteFixture : IAsyncLifetime
{
    public CmsWebApplicationFactory Factory { get; } = new(settings: DeliverySite.Settings());

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await DeliverySite.SeedAsync(Factory);
        // Redirects are asserted, not followed.
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
