using ICDiplomacy.Web.Tests.Infrastructure;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The seeded <see cref="DeliverySite"/> shared by read-only Delivery API tests.</summary>
public sealed class DeliverySiteFixture : IAsyncLifetime
{
    public CmsWebApplicationFactory Factory { get; } = new(settings: DeliverySite.Settings());

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await DeliverySite.SeedAsync(Factory);
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
