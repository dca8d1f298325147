using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ICDiplomacy.Web.Health;

public static class HealthModule
{
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
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

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the database is reachable and migrated.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableHttpMetrics();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).DisableHttpMetrics();
        return app;
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
