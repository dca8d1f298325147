using System.Collections.Concurrent;
using ICDiplomacy.Web.Cms.Outbox;

namespace ICDiplomacy.Web.Tests.Fakes;

/// <summary>An outbox subscriber that records what it receives, or fails on demand to simulate a crash.</summary>
public sealed class RecordingSubscriber(string name = "recorder", bool fail = false) : IOutboxSubscriber
{
    public ConcurrentQueue<OutboxMessage> Received { get; } = new();

    public string Name => name;

    public bool NodeLocal => true;

    public Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (fail)
        {
            throw new IOException("Simulated crash before the subscriber could apply the change.");
        }

        foreach (var m in messages)
        {
            Received.Enqueue(m);
        }

        return Task.CompletedTask;
    }

    public async Task<bool> WaitForAsync(Func<OutboxMessage, bool> predicate, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Received.Any(predicate))
            {
                return true;
            }

            await Task.Delay(25);
        }

        return Received.Any(predicate);
    }
}
