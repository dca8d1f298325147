using ICDiplomacy.Web.Search;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>Relevance, language matching and folding, filters, facet counts, sorting, paging and snippets over one published site.</summary>
public sealed class SearchQueryTests(SearchSite site) : IClassFixture<SearchSite>
{
    private const string ReportTypes = "type=meetingSummary&type=policyBrief&type=researchPaper&type=proposalToGovernments";

    private static List<Guid> Keys(SearchResponse r) => r.Hits.Select(h => h.Key).ToList();

    private static Dictionary<string, int> Counts(SearchResponse r, string facet) => r.Facets[facet].ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void Search_word_in_summary_finds_the_report()
    {
        var r = site.Search("q=pilgrims");
        Assert.Equal([site.Kartarpur], Keys(r));
        Assert.Equal(1, r.Total);
    }

    [Fact]
    public void Search_match_in_the_name_ranks_above_a_match_in_the_text()
    {
        var r = site.Search("q=corridor");
        Assert.Equal(site.Kartarpur, r.Hits[0].Key);
        Assert.Contains(site.Sahel, Keys(r));
        Assert.Contains(site.Initiative, Keys(r));
    }

    [Fact]
    public void Search_with_several_words_requires_all_of_them()
    {
        var r = site.Search("q=water security");
        Assert.Equal([site.Sahel], Keys(r));
    }

    [Fact]
    public void Search_phrase_in_quotes_matches_the_words_in_that_order_only()
    {
        Assert.Equal([site.Caucasus], Keys(site.Search("q=%22confidence building%22")));
        Assert.Empty(site.Search("q=%22building confidence%22").Hits);
        Assert.Equal([site.Caucasus], Keys(site.Search("q=building confidence")));
    }

    [Fact]
    public void Search_english_word_matches_other_forms_of_it()
    {
        Assert.Equal([site.Kartarpur], Keys(site.Search("q=pilgrim")));
        Assert.Contains(site.Caucasus, Keys(site.Search("q=measure")));
    }

    [Theory]
    [InlineData("Kartarpur")]
    [InlineData("Kartārpur")]
    [InlineData("KARTARPUR")]
    public void Search_ignores_diacritics_and_case_in_names(string word)
    {
        var keys = Keys(site.Search("q=" + Uri.EscapeDataString(word)));
        Assert.Contains(site.Kartarpur, keys);
        Assert.Contains(site.Initiative, keys);
    }

    [Theory]
    [InlineData("Jose")]
    [InlineData("José")]
    public void Search_ignores_diacritics_in_text(string word) =>
        Assert.Equal([site.Sudan], Keys(site.Search("q=" + Uri.EscapeDataString(word))));

    [Theory]
    [InlineData("securite", "fr")]
    [InlineData("sécurité", "fr")]
    [InlineData("pèlerins", "fr")]
    [InlineData("Контактная", "ru")]
    [InlineData("дарфур", null)]
    [InlineData("دارفور", "ar")]
    [InlineData("المدنيين", "ar")]
    [InlineData("建立信任", "zh")]
    [InlineData("高加索", "zh")]
    public void Search_word_in_a_translation_finds_that_language_version(string word, string? culture)
    {
        var r = site.Search("q=" + Uri.EscapeDataString(word));
        if (culture is null)
        {
            // Not in any text: nothing, and no error.
            Assert.Empty(r.Hits);
            return;
        }

        var hit = Assert.Single(r.Hits);
        Assert.Equal(culture, hit.Culture);
        Assert.StartsWith("/" + culture + "/", hit.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_language_filter_keeps_that_language_and_counts_the_others_sideways()
    {
        var r = site.Search("q=Kartarpur&language=fr");
        var hit = Assert.Single(r.Hits);
        Assert.Equal(site.Kartarpur, hit.Key);
        Assert.Equal("fr", hit.Culture);
        Assert.Equal("Dialogue du corridor de Kartārpur", hit.Title);
        var languages = Counts(r, "language");
        Assert.Equal(2, languages["en"]);
        Assert.Equal(1, languages["fr"]);
        Assert.True(r.Facets["language"].Single(v => v.Value == "fr").Selected);
    }

    [Fact]
    public void Search_item_in_two_languages_is_one_hit_and_counts_once()
    {
        var r = site.Search("q=Kartarpur&type=meetingSummary");
        Assert.Equal(1, r.Total);
        Assert.Equal("en", Assert.Single(r.Hits).Culture);
        Assert.Equal(1, Counts(r, "country")["IN"]);
    }

    [Fact]
    public void Search_region_filter_matches_the_regions_of_tagged_countries()
    {
        Assert.Equal(new[] { site.Kartarpur, site.Caucasus }.Order(), Keys(site.Search(ReportTypes + "&region=Asia")).Order());
        Assert.Equal(new[] { site.Sudan, site.Sahel }.Order(), Keys(site.Search(ReportTypes + "&region=africa")).Order());
        Assert.Equal([site.Contact], Keys(site.Search(ReportTypes + "&region=150")));
        Assert.Equal(4, site.Search(ReportTypes + "&region=Asia&region=Africa").Total);
    }

    [Fact]
    public void Search_sub_region_filter_expands_to_its_countries()
    {
        Assert.Equal([site.Kartarpur], Keys(site.Search(ReportTypes + "&subRegion=Southern%20Asia")));
        Assert.Equal([site.Sahel], Keys(site.Search(ReportTypes + "&subRegion=Western%20Africa")));
    }

    [Fact]
    public void Search_country_conflict_initiative_and_type_filters_match_exactly()
    {
        Assert.Equal([site.Sudan], Keys(site.Search("country=SD")));
        Assert.Equal([site.Caucasus], Keys(site.Search($"conflict={site.Nagorno}")));
        Assert.Equal([site.Kartarpur], Keys(site.Search($"initiative={site.Initiative}")));
        Assert.Equal(new[] { site.Sudan, site.Sahel }.Order(), Keys(site.Search("type=policyBrief")).Order());
        Assert.Equal([site.SouthCaucasus], Keys(site.Search("type=conflictRegion")));
    }

    [Fact]
    public void Search_conflict_region_matches_items_in_its_countries()
    {
        var r = site.Search(ReportTypes + $"&conflictRegion={site.SouthCaucasus}");
        Assert.Equal([site.Caucasus], Keys(r));
    }

    [Fact]
    public void Search_unknown_conflict_region_is_a_field_error()
    {
        var (request, _) = site.Cms.Get<SearchRequestParser>().Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery($"conflictRegion={Guid.NewGuid()}"));
        var (response, errors) = site.Cms.Get<SearchService>().Search(request!);
        Assert.Null(response);
        Assert.Contains("conflictRegion", errors!.Keys);
    }

    [Fact]
    public void Search_year_range_filters_by_publication_year()
    {
        Assert.Equal(new[] { site.Sudan, site.Contact }.Order(), Keys(site.Search(ReportTypes + "&yearFrom=2025")).Order());
        Assert.Equal(new[] { site.Caucasus, site.Sahel }.Order(), Keys(site.Search(ReportTypes + "&yearTo=2023")).Order());
        Assert.Equal([site.Kartarpur], Keys(site.Search(ReportTypes + "&yearFrom=2024&yearTo=2024")));
    }

    [Fact]
    public void Search_facets_count_items_under_the_other_filters()
    {
        var r = site.Search(ReportTypes + "&region=Asia");
        Assert.Equal(2, r.Total);

        // The region facet ignores the region filter but keeps the type filter.
        var regions = Counts(r, "region");
        Assert.Equal(2, regions["Asia"]);
        Assert.Equal(2, regions["Africa"]);
        Assert.Equal(1, regions["Europe"]);
        Assert.True(r.Facets["region"].Single(v => v.Value == "Asia").Selected);

        // The type facet ignores the type filter but keeps the region filter.
        var types = Counts(r, "type");
        Assert.Equal(1, types["meetingSummary"]);
        Assert.Equal(1, types["researchPaper"]);
        Assert.Equal(2, types["conflict"]);
        Assert.Equal(0, types["policyBrief"]);
        Assert.Equal("Meeting summary", r.Facets["type"].Single(v => v.Value == "meetingSummary").Label);

        // Facets without a filter of their own count the hits.
        Assert.Equal(new Dictionary<string, int> { ["AM"] = 1, ["AZ"] = 1, ["IN"] = 1, ["PK"] = 1 }, Counts(r, "country"));
        Assert.Equal("India", r.Facets["country"].Single(v => v.Value == "IN").Label);
        Assert.Equal(new Dictionary<string, int> { ["Southern Asia"] = 1, ["Western Asia"] = 1 }, Counts(r, "subRegion"));
        Assert.Equal(new Dictionary<string, int> { ["2023"] = 1, ["2024"] = 1 }, Counts(r, "year"));
        var conflicts = r.Facets["conflict"].ToDictionary(v => v.Label, v => v.Count);
        Assert.Equal(new Dictionary<string, int> { ["India–Pakistan"] = 1, ["Armenia–Azerbaijan"] = 1 }, conflicts);
    }

    [Fact]
    public void Search_facets_without_filters_count_every_report_once()
    {
        var r = site.Search(ReportTypes);
        Assert.Equal(5, r.Total);
        Assert.Equal(new Dictionary<string, int> { ["en"] = 5, ["fr"] = 1, ["ar"] = 1, ["zh"] = 1, ["ru"] = 1 }, Counts(r, "language"));
        Assert.Equal(new Dictionary<string, int> { ["2022"] = 1, ["2023"] = 1, ["2024"] = 1, ["2025"] = 2 }, Counts(r, "year"));
        Assert.Equal(new Dictionary<string, int> { ["Asia"] = 2, ["Africa"] = 2, ["Europe"] = 1 }, Counts(r, "region"));
        Assert.Equal(["2025", "2024", "2023", "2022"], r.Facets["year"].Select(v => v.Value));
    }

    [Fact]
    public void Search_sorts_by_date_newest_or_oldest_first_and_pages()
    {
        Guid[] newest = [site.Contact, site.Sudan, site.Kartarpur, site.Caucasus, site.Sahel];
        Assert.Equal(newest, Keys(site.Search(ReportTypes + "&sort=newest")));
        Assert.Equal(newest.Reverse(), Keys(site.Search(ReportTypes + "&sort=oldest")));
        // Without text the default order is newest first.
        Assert.Equal(newest, Keys(site.Search(ReportTypes)));

        var page2 = site.Search(ReportTypes + "&sort=newest&page=2&pageSize=2");
        Assert.Equal([site.Kartarpur, site.Caucasus], Keys(page2));
        Assert.Equal(5, page2.Total);
        Assert.Equal(2, page2.Page);
        Assert.Empty(site.Search(ReportTypes + "&page=4&pageSize=2").Hits.Skip(1));
    }

    [Fact]
    public void Search_hit_carries_title_type_date_regions_and_url()
    {
        var hit = Assert.Single(site.Search("q=pilgrims").Hits);
        Assert.Equal("Kartārpur Corridor Dialogue", hit.Title);
        Assert.Equal("meetingSummary", hit.Type);
        Assert.Equal("Meeting summary", hit.TypeLabel);
        Assert.Equal("report", hit.ContentType);
        Assert.Equal("2024-05-10", hit.Date);
        Assert.Equal(["Asia"], hit.Regions);
        Assert.Equal(["IN", "PK"], hit.Countries.Order());
        Assert.StartsWith("/reports-en/", hit.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_snippets_mark_matches_and_encode_everything_else()
    {
        var hit = Assert.Single(site.Search("q=pilgrims").Hits);
        var snippet = Assert.Single(hit.Snippets);
        Assert.Contains("<mark>Pilgrims</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_snippet_comes_from_the_body_when_the_summary_has_no_match()
    {
        var hit = Assert.Single(site.Search("q=sharing").Hits);
        Assert.Contains("<mark>sharing</mark>", Assert.Single(hit.Snippets), StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", hit.Snippets[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_phrase_is_highlighted_in_the_snippet()
    {
        var hit = Assert.Single(site.Search("q=%22confidence building measures%22").Hits);
        Assert.Contains("<mark>confidence</mark> <mark>building</mark> <mark>measures</mark>", hit.Snippets[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_never_finds_drafts()
    {
        Assert.Empty(site.Search("q=" + SearchSite.DraftWord).Hits);
        Assert.Equal(5, site.Search(ReportTypes).Total);
    }

    [Theory]
    [InlineData(SearchSite.RosterName)]
    [InlineData("Quastenbrook")]
    [InlineData(SearchSite.NotesWord)]
    [InlineData("participantRoster:Quastenbrook")]
    [InlineData("participants:smith")]
    [InlineData("internalNotes:" + SearchSite.NotesWord)]
    [InlineData("%22Foreign Ministry%22")]
    public void Search_never_finds_confidential_values(string q) =>
        Assert.Empty(site.Search("q=" + q).Hits);

    [Fact]
    public void Search_for_only_stop_words_finds_nothing_without_failing()
    {
        var r = site.Search("q=the&language=en");
        Assert.Equal(0, r.Total);
    }
}
