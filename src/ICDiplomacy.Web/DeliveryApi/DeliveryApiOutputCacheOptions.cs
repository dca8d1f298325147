namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>Output cache settings (section <c>DeliveryApi:OutputCache</c>).</summary>
public sealed class DeliveryApiOutputCacheOptions
{
    /// <summary>Cache public content responses in memory. Changes evict affected entries within about a second.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest time a content response stays cached (eviction on change usually comes first).</summary>
    public TimeSpan ContentDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest time a media response stays cached.</summary>
    public TimeSpan MediaDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// <c>max-age</c> sent to browsers and shared caches for public responses. Zero (the default) makes them
    /// revalidate with the ETag on every use, so a change is never served stale from outside the server.
    /// </summary>
    public TimeSpan ClientMaxAge { get; set; } = TimeSpan.Zero;
}
