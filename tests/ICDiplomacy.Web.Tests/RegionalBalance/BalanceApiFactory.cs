using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>
/// The app with a rate limit high enough not to interfere with contract tests; tests that need other
/// settings use <see cref="WithSettings"/>.
/// </summary>
public class BalanceApiFactory : CmsWebApplicationFactory
{
    public BalanceApiFactory()
        : base(null, null, true)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RegionalBalance:RateLimitPermitLimit", "100000");
    }

    public WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
