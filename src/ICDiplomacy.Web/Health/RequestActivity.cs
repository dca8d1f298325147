namespace ICDiplomacy.Web.Health;

/// <summary>Counts requests started and in flight, for deciding when the node is idle. Two interlocked operations per request.</summary>
public sealed class RequestActivity
{
    private long _started;
    private long _inFlight;

    public long Started => Interlocked.Read(ref _started);

    public long InFlight => Interlocked.Read(ref _inFlight);

    public async Task Track(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _started);
        Interlocked.Increment(ref _inFlight);
        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
