using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Search.Delivery;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ICDiplomacy.Web.Health;

public static class HealthModule
{
    private const string IndexesTag = "indexes";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"])
            .AddCheck<IndexesReadyCheck>("indexes", tags: [IndexesTag]);
        builder.Services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RequestActivity>();
        builder.Services.AddHostedService<IdleMemoryTrimmer>();
        return builder;
    }

    /// <summary>Counts requests for <see cref="IdleMemoryTrimmer"/>; first in the pipeline so every request is seen.</summary>
    public static IApplicationBuilder UseRequestActivity(this IApplicationBuilder app)
    {
        var activity = app.ApplicationServices.GetRequiredService<RequestActivity>();
        return app.Use(next => context => activity.Track(context, next));
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database is reachable and migrated.
    /// <c>/health/indexes</c>: every index is open and none is being rebuilt or checked (503 until then); the app
    /// serves meanwhile (search answers 503, the Delivery API reads SQL), so this is not part of readiness.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableHttpMetrics();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).DisableHttpMetrics();
        app.MapHealthChecks("/health/indexes", new HealthCheckOptions { Predicate = c => c.Tags.Contains(IndexesTag) }).DisableHttpMetrics();
        return app;
    }

    private sealed class IndexesReadyCheck(SearchIndexManager search, DeliveryContentIndex delivery) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var states = $"external {search.External.Status}, internal {search.Internal.Status}, delivery {delivery.Status}";
            var idle = search.IsIdle && delivery.IsIdle;
            var ready = search.External.Status == IndexStatus.Ready && search.Internal.Status == IndexStatus.Ready && delivery.Status == IndexStatus.Ready;
            return Task.FromResult(ready && idle
                ? HealthCheckResult.Healthy("Indexes open: " + states + ".")
                : HealthCheckResult.Unhealthy("Indexes not ready: " + states + (idle ? "" : ", a rebuild or check is running") + "."));
        }
    }

    private sealed class DatabaseReadyCheck(DatabaseMigrator migrator) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                return await migrator.IsUpToDateAsync(cancellationToken)
                    ? HealthCheckResult.Healthy("Database reachable; migrations applied.")
                    : HealthCheckResult.Unhealthy("Database unreachable or migrations pending.");
            }
            catch (Exception ex)
            {
                return HealthCheckResult.Unhealthy("Database check failed.", ex);
            }
        }
    }
}
