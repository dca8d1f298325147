using ICDiplomacy.Web.Cms.Documents;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Cms.Publishing;

/// <summary>Runs due "publish at" and "unpublish at" entries on the configured interval, on <see cref="TimeProvider"/>.</summary>
public sealed class ScheduledPublishingWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CmsOptions> options, ILogger<ScheduledPublishingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Scheduled publishing failed; it will run again at the next tick");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var done = await content.RunDueSchedulesAsync(cancellationToken);
        if (done > 0)
        {
            logger.LogInformation("Ran {Count} scheduled publishing action(s)", done);
        }

        return done;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
