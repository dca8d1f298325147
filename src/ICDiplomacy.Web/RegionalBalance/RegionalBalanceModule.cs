using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Cms.ReferenceData;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ICDiplomacy.Web.RegionalBalance;

public static class RegionalBalanceModule
{
    /// <summary>Name of the rate-limiter policy on the anonymous check endpoint.</summary>
    public const string RateLimitPolicy = "regional-balance-check";

    /// <summary>
    /// Registers the options (validated at start-up), <see cref="BalanceService"/> and the check endpoint's
    /// rate-limit policy, the reader of sessions and initiatives, and the forum-session publish gate. Needs a
    /// <see cref="CountryCatalog"/> singleton; the Cms module normally provides it, and this loads one from
    /// content-schema/ only when none is registered yet.
    /// </summary>
    public static IHostApplicationBuilder AddRegionalBalance(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegionalBalanceOptions>()
            .BindConfiguration(RegionalBalanceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(sp =>
            CountryCatalog.LoadFromSchemaDirectory(FindSchemaDirectory(sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<IConfiguration>())));
        builder.Services.AddSingleton<BalanceService>();
        builder.Services.AddScoped<BalanceContentReader>();
        builder.Services.AddScoped<IPublishValidator, SpeakerBalancePublishValidator>();
        builder.Services.AddRateLimiter(limiter => limiter.AddPolicy<string, BalanceCheckRateLimitPolicy>(RateLimitPolicy));
        return builder;
    }

    // Cms:SchemaDirectory when set (house style, open point 2), else content-schema/ beside the content root
    // or the build output, where the web project copies it.
    private static string FindSchemaDirectory(IHostEnvironment environment, IConfiguration configuration)
    {
        var candidates = new List<string>();
        if (configuration["Cms:SchemaDirectory"] is { Length: > 0 } configured)
        {
            candidates.Add(Path.GetFullPath(configured, environment.ContentRootPath));
        }

        candidates.Add(Path.Combine(environment.ContentRootPath, "content-schema"));
        candidates.Add(Path.Combine(AppContext.BaseDirectory, "content-schema"));
        return candidates.FirstOrDefault(Directory.Exists)
            ?? throw new DirectoryNotFoundException($"No content-schema directory for the country catalog; looked in: {string.Join(", ", candidates)}.");
    }
}
