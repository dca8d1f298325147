using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Tests.Infrastructure;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>Umbraco's ExternalIndex leaves protected content out; the internal (backoffice) index keeps it.</summary>
public sealed class SearchProtectedContentTests
{
    private const string Editor = SearchSite.Editor;

    private static int Found(CmsHarness cms, string q) => SearchSite.Search(cms, "q=" + Uri.EscapeDataString(q)).Total;

    private static int FoundInternally(CmsHarness cms, string q) =>
        cms.Get<InternalSearchService>().Search(new InternalSearchRequest(q, [-1], ["en"], IncludeTrashed: false)).Total;

    [Fact]
    public async Task Protecting_a_branch_removes_it_from_public_search_and_removing_the_rule_brings_it_back()
    {
        await using var cms = await SearchSite.StartAsync();
        var (home, reports) = await SearchSite.SkeletonAsync(cms);
        var login = await SearchSite.CreateAsync(cms, "peopleListing", home, Listing("Sign in"));
        await SearchSite.CreateAsync(cms, "report", reports, Report("Donbas monitoring note", "Ceasefire monitoring in the Donbas."));
        var open = await SearchSite.CreateAsync(cms, "peopleListing", home, Listing("Donbas contacts"));
        await SearchSite.SyncAsync(cms);
        Assert.Equal(2, Found(cms, "Donbas"));
        Assert.True((await cms.Get<MemberService>().CreateGroupAsync("Board", Editor)).Succeeded);

        var set = await cms.Get<PublicAccessService>().SetAsync(reports, new PublicAccessInput(null, ["Board"], login, open), create: true, Editor);
        Assert.True(set.Succeeded, set.Message);
        await SearchSite.SyncAsync(cms);

        Assert.Equal(1, Found(cms, "Donbas"));
        Assert.Equal(0, Found(cms, "ceasefire"));
        Assert.Equal(1, FoundInternally(cms, "ceasefire"));
        var indexes = cms.Get<SearchIndexManager>();
        Assert.Null(await indexes.VerifyAsync(indexes.CursorName, CancellationToken.None));

        Assert.True((await cms.Get<PublicAccessService>().RemoveAsync(reports, Editor)).Succeeded);
        await SearchSite.SyncAsync(cms);
        Assert.Equal(2, Found(cms, "Donbas"));
        Assert.Equal(1, Found(cms, "ceasefire"));
    }

    [Fact]
    public async Task Rebuild_leaves_protected_items_out_of_the_public_index_and_publishing_below_a_protected_item_keeps_them_out()
    {
        await using var cms = await SearchSite.StartAsync();
        var (home, reports) = await SearchSite.SkeletonAsync(cms);
        var login = await SearchSite.CreateAsync(cms, "peopleListing", home, Listing("Sign in"));
        Assert.True((await cms.Get<MemberService>().CreateGroupAsync("Board", Editor)).Succeeded);
        Assert.True((await cms.Get<PublicAccessService>().SetAsync(reports, new PublicAccessInput(null, ["Board"], login, login), create: true, Editor)).Succeeded);
        await SearchSite.CreateAsync(cms, "report", reports, Report("Kartarpur corridor note", "Pilgrims crossing."));
        await SearchSite.SyncAsync(cms);
        Assert.Equal(0, Found(cms, "Kartarpur"));

        var indexes = cms.Get<SearchIndexManager>();
        await indexes.StartRebuild();
        await indexes.WhenIdleAsync();

        Assert.Equal(0, Found(cms, "Kartarpur"));
        Assert.Equal(1, FoundInternally(cms, "Kartarpur"));
        Assert.Null(await indexes.VerifyAsync(indexes.CursorName, CancellationToken.None));
    }
}
