using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Data;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Cms;

/// <summary>
/// Runs before the app takes traffic: migrations, the unattended install (or the setup token), then demo
/// content. Each step is idempotent, so restarts are safe.
/// </summary>
public sealed class CmsStartup(
    IServiceScopeFactory scopes,
    DatabaseMigrator migrator,
    IOptions<DatabaseOptions> database,
    IOptions<CmsOptions> options,
    SetupState setup,
    ILogger<CmsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStartup)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
        else if (!await migrator.IsUpToDateAsync(cancellationToken))
        {
            // Another node or an operator migrates; until then this node answers /health/ready with 503.
            logger.LogCritical("The database is unreachable or not migrated and Database:MigrateOnStartup is off; skipping install and seeding");
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserService>();
        var unattended = options.Value.Unattended;
        if (!await users.AnyAdministratorAsync(cancellationToken))
        {
            if (!string.IsNullOrWhiteSpace(unattended.UserName) && unattended.UserEmail is not null && unattended.UserPassword is not null)
            {
                var errors = await users.CreateUserAsync(unattended.UserName, unattended.UserEmail, unattended.UserPassword, UserGroups.Administrators, "unattended-install", cancellationToken);
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException("Cms:Unattended settings were refused: " + string.Join(" ", errors.Values));
                }

                logger.LogInformation("Unattended install created the administrator {UserName}", unattended.UserName);
            }
            else
            {
                var token = setup.Begin();
                // Printed on purpose: only someone with the server console may claim the install.
                logger.LogWarning("No administrator exists. Open /umbraco/install and enter the setup token {SetupToken}", token);
            }
        }

        if (!string.IsNullOrWhiteSpace(unattended.ApiClientId) && unattended.ApiClientSecret is not null)
        {
            await users.CreateApiClientAsync(unattended.ApiClientId, unattended.ApiClientSecret, UserGroups.Administrators, "unattended-install", cancellationToken);
        }

        if (options.Value.SeedDemoContent)
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IContentSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
