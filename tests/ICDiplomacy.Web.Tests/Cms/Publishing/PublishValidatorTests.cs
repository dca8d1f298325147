using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Fakes;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Cms.Publishing;

public class PublishValidatorTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Publish_rule_blocks_with_its_errors_or_lets_the_publish_through_with_warnings(bool block)
    {
        var rule = new FakePublishValidator("page", block);
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite, services: s => s.AddSingleton<IPublishValidator>(rule));
        var home = (await cms.Content.CreateAsync("home", null, Home(), "editor")).Key!.Value;
        Assert.True((await cms.Content.PublishAsync(home, null, "editor")).Succeeded);
        var page = (await cms.Content.CreateAsync("page", home, En("Session programme"), "editor")).Key!.Value;

        var result = await cms.Content.PublishAsync(page, null, "editor");

        var finding = Assert.Single(block ? result.Errors : result.Warnings);
        Assert.Equal("speakers", finding.Property);
        Assert.Equal(block ? ContentOperationStatus.Blocked : ContentOperationStatus.Success, result.Status);
        Assert.Equal(!block, (await cms.LoadAsync(page)).Document.PublishedVersion is not null);
        Assert.Equal(!block, await cms.Db.Outbox.AnyAsync(m => m.EntityKey == page && m.Event == ICDiplomacy.Web.Cms.Outbox.ContentEvents.Published));
        Assert.Contains(rule.Seen, c => c.Key == page && c.Cultures.Contains("en") && c.Data.Names["en"] == "Session programme");
    }
}
