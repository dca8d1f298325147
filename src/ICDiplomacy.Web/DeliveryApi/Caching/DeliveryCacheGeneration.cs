namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>
/// Counts evictions. A response whose rendering began before an eviction is not stored: it may have read
/// the data the eviction was about.
/// </summary>
public sealed class DeliveryCacheGeneration
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
