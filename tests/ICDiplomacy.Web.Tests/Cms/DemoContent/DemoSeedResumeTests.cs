using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Cms.DemoContent;

public class DemoSeedResumeTests
{
    [Fact]
    public async Task An_interrupted_seed_is_cleared_and_seeded_again_completely()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        // What a seed stopped after its first step leaves behind.
        await cms.Content.CreateAsync("home", null, Home("Half-seeded home"), "demo-content");

        await cms.Get<IContentSeeder>().SeedAsync(CancellationToken.None);

        var db = cms.Db;
        Assert.Equal(1, await db.Documents.CountAsync(d => d.ContentType == "home"));
        Assert.True(await db.Documents.CountAsync(d => d.ContentType == "report") >= 30);
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "demo-seed-complete"));
    }

    [Fact]
    public async Task Existing_editor_content_is_never_touched_by_the_seeder()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);
        var home = (await cms.Content.CreateAsync("home", null, Home("Our real home page"), "editor@icdiplomacy")).Key!.Value;

        await cms.Get<IContentSeeder>().SeedAsync(CancellationToken.None);

        var db = cms.Db;
        Assert.Equal(1, await db.Documents.CountAsync());
        Assert.Equal(home, (await db.Documents.SingleAsync()).Key);
    }
}
