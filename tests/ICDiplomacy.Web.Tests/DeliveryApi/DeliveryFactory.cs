using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>A fresh app on its own database with Delivery API settings and extra services, for tests that change content or settings.</summary>
public sealed class DeliveryFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TestDatabase? database = null)
    : CmsWebApplicationFactory(database, DeliverySite.Settings(settings))
{
    public static async Task<(DeliveryFactory Factory, HttpClient Client)> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool seed = true, TestDatabase? database = null)
    {
        var factory = new DeliveryFactory(settings, services, database);
        if (seed)
        {
            await DeliverySite.SeedAsync(factory);
            // Deliver the seed's outbox now: a late eviction would otherwise race the first cached answers.
            await factory.Services.GetRequiredService<ICDiplomacy.Web.Cms.Outbox.OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        }

        return (factory, factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
    }

    public async Task<T> WithContentAsync<T>(Func<ICDiplomacy.Web.Cms.Documents.ContentService, Task<T>> work)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ICDiplomacy.Web.Cms.Documents.ContentService>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
