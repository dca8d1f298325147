using System.Collections.Concurrent;

namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>
/// Totals of public (non-preview) queries, which cost a scan of every match, remembered until the next
/// published change (<see cref="DeliveryCacheGeneration"/>): paging through one filtered list counts once.
/// </summary>
public sealed class QueryCountCache(DeliveryCacheGeneration generation)
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (long Generation, long Total)> _totals = new(StringComparer.Ordinal);

    public bool TryGet(string key, out long total)
    {
        if (_totals.TryGetValue(key, out var entry) && entry.Generation == generation.Current)
        {
            total = entry.Total;
            return true;
        }

        total = 0;
        return false;
    }

    /// <summary>Stores a total counted while <paramref name="countedAt"/> was current; a count that raced a change is dropped.</summary>
    public void Set(string key, long total, long countedAt)
    {
        if (countedAt != generation.Current)
        {
            return;
        }

        if (_totals.Count >= MaxEntries)
        {
            _totals.Clear();
        }

        _totals[key] = (countedAt, total);
    }
}
