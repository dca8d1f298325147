namespace ICDiplomacy.Web.Cms.Outbox;

/// <summary>Wakes the outbox dispatcher after a commit so subscribers see changes at once rather than at the next poll.</summary>
public sealed class OutboxNotifier : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private long _version;

    /// <summary>Counts commits signalled on this node; a value read before a change differs from one read after it.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Notify()
    {
        Interlocked.Increment(ref _version);
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every change so far.
        }
    }

    public void Dispose() => _signal.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
