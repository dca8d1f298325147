using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Fakes;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Cms.Outbox;

public class OutboxReplayTests
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Changes_committed_before_a_crash_are_replayed_to_subscribers_at_the_next_start(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            Guid report;
            // First life: the subscriber "crashes" on every batch, so nothing is acknowledged.
            await using (var first = new SubscriberFactory(database, new RecordingSubscriber(fail: true)))
            {
                await using var scope = first.Services.CreateAsyncScope();
                var content = scope.ServiceProvider.GetRequiredService<ContentService>();
                var home = (await content.CreateAsync("home", null, Home(), "editor")).Key!.Value;
                await content.PublishAsync(home, null, "editor");
                var listing = (await content.CreateAsync("reportsListing", home, Listing("Reports"), "editor")).Key!.Value;
                await content.PublishAsync(listing, null, "editor");
                report = (await content.CreateAsync("report", listing, Report("Replayed"), "editor")).Key!.Value;
                await content.PublishAsync(report, null, "editor");
                await first.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
            }

            // Second life on the same database: everything is delivered, in order, exactly from the cursor.
            var recorder = new RecordingSubscriber();
            await using var second = new SubscriberFactory(database, recorder);
            _ = second.Services;

            Assert.True(await recorder.WaitForAsync(m => m.Event == ContentEvents.Published && m.EntityKey == report, TimeSpan.FromSeconds(10)));
            var ids = recorder.Received.Select(m => m.Id).ToList();
            Assert.Equal(ids.Order(), ids);

            // Acknowledged now: a third start delivers nothing again.
            await second.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
            await using var scope2 = second.Services.CreateAsyncScope();
            var db = scope2.ServiceProvider.GetRequiredService<CmsDbContext>();
            var cursor = await db.OutboxCursors.SingleAsync(c => c.Subscriber == "recorder@test-node");
            Assert.Equal(await db.Outbox.MaxAsync(m => m.Id), cursor.LastId);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Poll_after_a_cursor_is_moved_back_delivers_again_and_otherwise_nothing(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        try
        {
            var recorder = new RecordingSubscriber();
            await using var factory = new SubscriberFactory(database, recorder);
            var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
            await using var scope = factory.Services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var home = (await content.CreateAsync("home", null, Home(), "editor")).Key!.Value;
            await content.PublishAsync(home, null, "editor");
            Assert.True(await recorder.WaitForAsync(m => m.Event == ContentEvents.Published && m.EntityKey == home, TimeSpan.FromSeconds(10)));

            // Every cursor is at the newest message: the poll finds nothing to do.
            await dispatcher.DispatchAsync(CancellationToken.None);
            Assert.Equal(0, await dispatcher.DispatchAsync(CancellationToken.None));

            // An operator replays the recorder from the start; the other subscribers stay where they are.
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var received = recorder.Received.Count;
            Assert.Equal(1, await db.OutboxCursors.Where(c => c.Subscriber == "recorder@test-node").ExecuteUpdateAsync(u => u.SetProperty(c => c.LastId, 0L)));
            var newest = await db.Outbox.MaxAsync(m => m.Id);
            Assert.True(await dispatcher.DispatchAsync(CancellationToken.None) > 0 || recorder.Received.Count > received);
            Assert.True(await recorder.WaitForAsync(m => m.Id == newest, TimeSpan.FromSeconds(10)));
            Assert.True(recorder.Received.Count(m => m.Id == newest) >= 2);
            Assert.Equal(newest, (await db.OutboxCursors.AsNoTracking().SingleAsync(c => c.Subscriber == "recorder@test-node")).LastId);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Poll_after_the_idle_trim_closed_the_SQLite_pool_still_answers_and_delivers()
    {
        // A file database: the idle release leaves in-memory ones alone, as closing them would drop them.
        var directory = Path.Combine(Path.GetTempPath(), "icd-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Cms"] = $"Data Source={Path.Combine(directory, "poll.db")};Foreign Keys=True;Default Timeout=30" };
        var recorder = new RecordingSubscriber();
        try
        {
            await using var factory = new SubscriberFactory(TestDatabase.CreateSqlite(), recorder, settings, ownsDatabase: true);
            var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();
            await dispatcher.DispatchAsync(CancellationToken.None);

            foreach (var release in factory.Services.GetServices<IIdleRelease>())
            {
                release.Release();
            }

            // The poll's next statement runs on a connection opened after the pool was cleared.
            Assert.Equal(0, await dispatcher.DispatchAsync(CancellationToken.None));
            await using var scope = factory.Services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var home = (await content.CreateAsync("home", null, Home(), "editor")).Key!.Value;
            await content.PublishAsync(home, null, "editor");
            await dispatcher.DispatchAsync(CancellationToken.None);
            Assert.True(await recorder.WaitForAsync(m => m.Event == ContentEvents.Published && m.EntityKey == home, TimeSpan.FromSeconds(10)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed class SubscriberFactory(TestDatabase database, IOutboxSubscriber subscriber, IDictionary<string, string?>? settings = null, bool ownsDatabase = false)
        : CmsWebApplicationFactory(database, settings, ownsDatabase)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton(subscriber));
        }
    }
}
