using ICDiplomacy.Web.Search.Delivery;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Opens the indexes once the database is migrated (it is registered after the CMS start-up step). Opening is
/// quick; rebuilding and verification run in the background so the app takes traffic at once.
/// </summary>
internal sealed class SearchStartup(SearchIndexManager indexes, DeliveryContentIndex deliveryIndex, IOptions<SearchOptions> options, ILogger<SearchStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        indexes.Start();
        deliveryIndex.Start();
        if (options.Value.RebuildOnStartup)
        {
            logger.LogInformation("Rebuilding the search indexes as requested at start-up");
            _ = indexes.StartRebuild();
            _ = deliveryIndex.StartRebuild();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
