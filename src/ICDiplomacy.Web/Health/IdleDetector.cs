namespace ICDiplomacy.Web.Health;

/// <summary>
/// Decides when a trim is due, from periodic samples of request and allocation counters: after
/// <c>idleAfter</c> without a request started or in flight and with almost no allocation, and only when
/// enough has been allocated since the last trim that there is something to give back.
/// </summary>
public sealed class IdleDetector(TimeSpan idleAfter, long minAllocatedSinceTrim, long quietAllocationPerSample)
{
    private DateTime _quietSince;
    private long _lastStarted = -1;
    private long _lastAllocated;
    private long _allocatedAtTrim;

    /// <summary>Records one sample; true when the caller should trim now.</summary>
    public bool Sample(DateTime now, long requestsStarted, long requestsInFlight, long allocatedBytes)
    {
        var busy = _lastStarted < 0
            || requestsStarted != _lastStarted
            || requestsInFlight > 0
            || allocatedBytes - _lastAllocated > quietAllocationPerSample;
        if (busy)
        {
            _quietSince = now;
        }

        _lastStarted = requestsStarted;
        _lastAllocated = allocatedBytes;
        return now - _quietSince >= idleAfter && allocatedBytes - _allocatedAtTrim >= minAllocatedSinceTrim;
    }

    /// <summary>Records that a trim ran, with the allocation counter read after it.</summary>
    public void Trimmed(long allocatedBytes)
    {
        _allocatedAtTrim = allocatedBytes;
        _lastAllocated = allocatedBytes;
    }
}
