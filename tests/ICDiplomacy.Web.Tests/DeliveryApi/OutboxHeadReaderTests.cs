using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.DeliveryApi.Querying;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

public class OutboxHeadReaderTests
{
    [Fact]
    public async Task ReadAsync_within_its_age_and_without_a_commit_reuses_the_head()
    {
        using var notifier = new OutboxNotifier();
        var reader = new OutboxHeadReader(notifier);
        var reads = 0;
        Task<long?> Read(CancellationToken _) => Task.FromResult<long?>(++reads * 10);

        Assert.Equal(10, await reader.ReadAsync(Read, CancellationToken.None));
        Assert.Equal(10, await reader.ReadAsync(Read, CancellationToken.None));
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task ReadAsync_after_a_commit_on_this_node_reads_again()
    {
        using var notifier = new OutboxNotifier();
        var reader = new OutboxHeadReader(notifier);
        var reads = 0;
        Task<long?> Read(CancellationToken _) => Task.FromResult<long?>(++reads * 10);

        await reader.ReadAsync(Read, CancellationToken.None);
        notifier.Notify();
        Assert.Equal(20, await reader.ReadAsync(Read, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_once_its_age_has_passed_reads_again_and_an_empty_outbox_is_zero()
    {
        using var notifier = new OutboxNotifier();
        var reader = new OutboxHeadReader(notifier);
        var reads = 0;
        Task<long?> Read(CancellationToken _)
        {
            reads++;
            return Task.FromResult<long?>(null);
        }

        Assert.Equal(0, await reader.ReadAsync(Read, CancellationToken.None));
        await Task.Delay(OutboxHeadReader.MaxAge + TimeSpan.FromMilliseconds(50));
        Assert.Equal(0, await reader.ReadAsync(Read, CancellationToken.None));
        Assert.Equal(2, reads);
    }
}
