using ICDiplomacy.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>The backoffice query service over the internal index: drafts included, scoped by start nodes and cultures.</summary>
public sealed class InternalSearchServiceTests(SearchSite site) : IClassFixture<SearchSite>
{
    private InternalSearchService Service => site.Cms.Get<InternalSearchService>();

    private async Task<long> IdAsync(Guid key) => await site.Cms.Db.Documents.Where(d => d.Key == key).Select(d => d.Id).SingleAsync();

    [Fact]
    public void Internal_search_finds_drafts_and_says_they_are_unpublished()
    {
        var r = Service.Search(new InternalSearchRequest(SearchSite.DraftWord, [-1], ["en"]));
        var hit = Assert.Single(r.Hits);
        Assert.Equal(site.Draft, hit.Key);
        Assert.False(hit.Published);
        Assert.Equal("report", hit.ContentType);
    }

    [Fact]
    public async Task Internal_search_keeps_to_the_callers_start_nodes()
    {
        var reports = await IdAsync(site.Reports);
        var conflicts = await IdAsync(site.Conflicts);
        Assert.Single(Service.Search(new InternalSearchRequest("Kartarpur", [reports], ["en"])).Hits);
        Assert.Empty(Service.Search(new InternalSearchRequest("Kartarpur", [conflicts], ["en"])).Hits);
        Assert.Equal(2, Service.Search(new InternalSearchRequest("Kartarpur", [reports, await IdAsync(site.Home)], ["en"])).Total);
        Assert.Empty(Service.Search(new InternalSearchRequest("Kartarpur", [], ["en"])).Hits);
    }

    [Fact]
    public void Internal_search_keeps_to_the_callers_cultures()
    {
        Assert.Empty(Service.Search(new InternalSearchRequest("securite", [-1], ["en"])).Hits);
        var hit = Assert.Single(Service.Search(new InternalSearchRequest("securite", [-1], ["fr"])).Hits);
        Assert.Equal("fr", hit.Culture);
        Assert.Equal("Dialogue du corridor de Kartārpur", hit.Name);
    }

    [Fact]
    public void Internal_search_filters_by_document_type_and_lists_newest_without_text()
    {
        var r = Service.Search(new InternalSearchRequest(null, [-1], ["en"], ContentTypes: ["conflict"]));
        Assert.Equal(2, r.Total);
        Assert.All(r.Hits, h => Assert.Equal("conflict", h.ContentType));
    }

    [Theory]
    [InlineData(SearchSite.RosterName)]
    [InlineData(SearchSite.NotesWord)]
    [InlineData("Foreign Ministry")]
    public void Internal_search_never_finds_confidential_values(string text) =>
        Assert.Empty(Service.Search(new InternalSearchRequest(text, [-1], ["en", "fr"])).Hits);

    [Fact]
    public void Internal_search_refuses_out_of_bounds_input()
    {
        var r = Service.Search(new InternalSearchRequest(new string('a', 500), [-1], ["en"], Page: 0, PageSize: 1000));
        Assert.False(r.Succeeded);
        Assert.Contains("text", r.Errors.Keys);
        Assert.Contains("page", r.Errors.Keys);
        Assert.Contains("pageSize", r.Errors.Keys);
    }
}
