using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Cms.Documents;

/// <summary>Every content store operation, run against each database provider by the derived classes.</summary>
public abstract class ContentStoreTests
{
    protected abstract DatabaseProvider Provider { get; }

    private const string Editor = "editor@test";

    private Task<CmsHarness> StartAsync() => CmsHarness.StartAsync(Provider);

    private static async Task<(Guid Home, Guid Reports)> SiteAsync(CmsHarness cms, bool publish = true)
    {
        var home = (await cms.Content.CreateAsync("home", null, Home(), Editor)).Key!.Value;
        var reports = (await cms.Content.CreateAsync("reportsListing", home, Listing("Reports"), Editor)).Key!.Value;
        if (publish)
        {
            Assert.True((await cms.Content.PublishAsync(home, null, Editor)).Succeeded);
            Assert.True((await cms.Content.PublishAsync(reports, null, Editor)).Succeeded);
        }

        return (home, reports);
    }

    [SkippableFact]
    public async Task Create_then_publish_writes_version_routes_outbox_and_audit()
    {
        await using var cms = await StartAsync();
        var (home, reports) = await SiteAsync(cms);
        var report = await cms.Content.CreateAsync("report", reports, Report("Kartarpur Corridor Dialogue"), Editor);
        Assert.True(report.Succeeded);
        Assert.Equal(1, report.Version);

        var published = await cms.Content.PublishAsync(report.Key!.Value, null, Editor);
        Assert.True(published.Succeeded);

        var (doc, data) = await cms.LoadAsync(report.Key.Value, published: true);
        Assert.Equal(2, doc.PublishedVersion);
        Assert.Equal("en", doc.PublishedCultures);
        Assert.Equal("kartarpur-corridor-dialogue", data.Segments["en"]);
        Assert.Equal("/", (await cms.RoutesAsync(home))["en"]);
        Assert.Equal("/reports/kartarpur-corridor-dialogue/", (await cms.RoutesAsync(report.Key.Value))["en"]);

        var db = cms.Db;
        Assert.Contains(await db.Outbox.ToListAsync(), m => m.Event == ContentEvents.Published && m.EntityKey == report.Key);
        Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "publish" && a.EntityKey == report.Key && a.Actor == Editor);
    }

    [SkippableFact]
    public async Task Save_based_on_an_old_version_is_refused_as_a_conflict_naming_the_newer_version()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Contact group note"), Editor)).Key!.Value;

        var first = await cms.Content.SaveAsync(key, 1, Report("Contact group note, edited by Amina"), "amina");
        var stale = await cms.Content.SaveAsync(key, 1, Report("Contact group note, edited by Pierre"), "pierre");

        Assert.True(first.Succeeded);
        Assert.Equal(ContentOperationStatus.Conflict, stale.Status);
        Assert.Equal(2, stale.CurrentVersion);
        Assert.Contains("version 2", stale.Message, StringComparison.Ordinal);
        var (doc, data) = await cms.LoadAsync(key);
        Assert.Equal(2, doc.LatestVersion);
        Assert.Equal("Contact group note, edited by Amina", data.Names["en"]);
    }

    [SkippableFact]
    public async Task Concurrent_saves_on_the_same_version_let_exactly_one_win()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Racing edits"), Editor)).Key!.Value;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => cms.Content.SaveAsync(key, 1, Report($"Edit {i}"), $"editor{i}")));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ContentOperationStatus.Conflict, r.Status));
        Assert.Equal(2, (await cms.LoadAsync(key)).Document.LatestVersion);
    }

    [SkippableFact]
    public async Task Save_with_invalid_values_returns_errors_per_property_and_culture_and_writes_nothing()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Valid"), Editor)).Key!.Value;
        var outboxBefore = await cms.Db.Outbox.CountAsync();

        var result = await cms.Content.SaveAsync(key, 1, En("Valid",
            ("reportType", "notAType"),
            ("summary", PerCulture(("en", "ok"), ("xx", "bad culture"))),
            ("countries", new JsonArray("NG", "ZZ")),
            ("publicationDate", "yesterday"),
            ("doesNotExist", "x")), Editor);

        Assert.Equal(ContentOperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.Errors, e => e.Property == "reportType");
        Assert.Contains(result.Errors, e => e.Property == "summary" && e.Culture == "xx");
        Assert.Contains(result.Errors, e => e.Property == "countries" && e.Message.Contains("ZZ", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Property == "publicationDate");
        Assert.Contains(result.Errors, e => e.Property == "doesNotExist");
        Assert.Equal(1, (await cms.LoadAsync(key)).Document.LatestVersion);
        Assert.Equal(outboxBefore, await cms.Db.Outbox.CountAsync());
    }

    [SkippableFact]
    public async Task Regex_and_length_rules_are_enforced_on_save()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var edit = Report("DOI check");
        edit = edit with { Values = new Dictionary<string, JsonNode?>(edit.Values) { ["doi"] = "not a doi", ["metaDescription"] = EnText(new string('x', 161)) } };

        var result = await cms.Content.CreateAsync("report", reports, edit, Editor);

        Assert.Equal(ContentOperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.Errors, e => e.Property == "doi");
        Assert.Contains(result.Errors, e => e.Property == "metaDescription" && e.Culture == "en");
        Assert.Equal(0, await cms.Db.Documents.CountAsync(d => d.ContentType == "report"));
    }

    [SkippableFact]
    public async Task Rich_text_is_sanitised_before_it_is_stored()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var edit = Report("Sanitised");
        edit = edit with { Values = new Dictionary<string, JsonNode?>(edit.Values) { ["body"] = EnText("<p onclick=\"x()\">Hi<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a></p>") } };

        var key = (await cms.Content.CreateAsync("report", reports, edit, Editor)).Key!.Value;

        var body = (await cms.LoadAsync(key)).Data.GetValue("body", "en")!.GetValue<string>();
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hi", body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Publish_without_a_mandatory_value_in_a_culture_names_the_property_and_culture()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var edit = Edit(new Dictionary<string, string> { ["en"] = "Bilingual", ["fr"] = "Bilingue" },
            ("reportType", "policyBrief"), ("summary", PerCulture(("en", "English summary"))), ("publicationDate", "2025-01-01"));
        var key = (await cms.Content.CreateAsync("report", reports, edit, Editor)).Key!.Value;

        var both = await cms.Content.PublishAsync(key, ["en", "fr"], Editor);
        Assert.Equal(ContentOperationStatus.ValidationFailed, both.Status);
        var error = Assert.Single(both.Errors);
        Assert.Equal(("summary", "fr"), (error.Property, error.Culture));
        Assert.Null((await cms.LoadAsync(key)).Document.PublishedVersion);

        Assert.True((await cms.Content.PublishAsync(key, ["en"], Editor)).Succeeded);
    }

    [SkippableFact]
    public async Task Publishing_one_culture_keeps_the_other_cultures_live_values_and_the_draft()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var names = new Dictionary<string, string> { ["en"] = "Sahel note", ["fr"] = "Note sur le Sahel" };
        var key = (await cms.Content.CreateAsync("report", reports, Edit(names, ("reportType", "meetingSummary"),
            ("summary", PerCulture(("en", "EN v1"), ("fr", "FR v1"))), ("publicationDate", "2025-05-05")), Editor)).Key!.Value;
        Assert.True((await cms.Content.PublishAsync(key, null, Editor)).Succeeded);

        var current = (await cms.LoadAsync(key)).Document.LatestVersion;
        Assert.True((await cms.Content.SaveAsync(key, current, Edit(names, ("reportType", "meetingSummary"),
            ("summary", PerCulture(("en", "EN v2"), ("fr", "FR v2 draft"))), ("publicationDate", "2025-05-05")), Editor)).Succeeded);
        var result = await cms.Content.PublishAsync(key, ["en"], Editor);
        Assert.True(result.Succeeded);

        var live = (await cms.LoadAsync(key, published: true)).Data;
        Assert.Equal("EN v2", live.GetValue("summary", "en")!.GetValue<string>());
        Assert.Equal("FR v1", live.GetValue("summary", "fr")!.GetValue<string>());
        var (doc, draft) = await cms.LoadAsync(key);
        Assert.Equal("FR v2 draft", draft.GetValue("summary", "fr")!.GetValue<string>());
        Assert.Equal(result.Version, doc.LatestVersion);
        Assert.Equal("en,fr", doc.PublishedCultures);
        // The listing has no French name, so the French version has no route until the listing gets one.
        var routes = await cms.RoutesAsync(key);
        Assert.Equal("/reports/sahel-note/", routes["en"]);
        Assert.False(routes.ContainsKey("fr"));
    }

    [SkippableFact]
    public async Task A_child_cannot_be_published_before_its_parent_in_that_culture()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms, publish: false);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Orphan"), Editor)).Key!.Value;

        await cms.Content.PublishAsync(key, null, Editor);

        Assert.Empty(await cms.RoutesAsync(key));
    }

    [SkippableFact]
    public async Task Unpublishing_the_default_culture_takes_the_document_and_its_descendants_offline()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Offline soon"), Editor)).Key!.Value;
        await cms.Content.PublishAsync(key, null, Editor);

        var result = await cms.Content.UnpublishAsync(reports, ["en"], Editor);

        Assert.True(result.Succeeded);
        var (doc, _) = await cms.LoadAsync(reports);
        Assert.Null(doc.PublishedVersion);
        Assert.Empty(await cms.RoutesAsync(reports));
        Assert.Empty(await cms.RoutesAsync(key));
        Assert.Contains(await cms.Db.Outbox.ToListAsync(), m => m.Event == ContentEvents.Refreshed && m.EntityKey == key);

        Assert.True((await cms.Content.PublishAsync(reports, null, Editor)).Succeeded);
        Assert.Equal("/reports/offline-soon/", (await cms.RoutesAsync(key))["en"]);
    }

    [SkippableFact]
    public async Task Rollback_copies_an_old_version_into_a_new_draft()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Original title"), Editor)).Key!.Value;
        await cms.Content.SaveAsync(key, 1, Report("Changed title"), Editor);

        var result = await cms.Content.RollbackAsync(key, 1, 2, Editor);

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Version);
        var (doc, data) = await cms.LoadAsync(key);
        Assert.Equal("Original title", data.Names["en"]);
        Assert.Null(doc.PublishedVersion);
        var versions = await cms.Db.DocumentVersions.Where(v => v.DocumentId == doc.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([1, 2, 3], versions.Select(v => v.Number));
        Assert.Equal("Rollback to version 1", versions[2].Comment);
        Assert.Equal(ContentOperationStatus.Conflict, (await cms.Content.RollbackAsync(key, 1, 2, Editor)).Status);
        Assert.Equal(ContentOperationStatus.NotFound, (await cms.Content.RollbackAsync(key, 42, 3, Editor)).Status);
    }

    [SkippableFact]
    public async Task Renaming_a_published_parent_moves_descendant_routes_and_records_redirects()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Minsk format note"), Editor)).Key!.Value;
        await cms.Content.PublishAsync(key, null, Editor);

        var current = (await cms.LoadAsync(reports)).Document.LatestVersion;
        Assert.True((await cms.Content.SaveAsync(reports, current, Listing("Publications"), Editor)).Succeeded);
        Assert.True((await cms.Content.PublishAsync(reports, null, Editor)).Succeeded);

        Assert.Equal("/publications/minsk-format-note/", (await cms.RoutesAsync(key))["en"]);
        var redirects = await cms.Db.RedirectUrls.ToListAsync();
        Assert.Contains(redirects, r => r.Route == "/reports/" && r.DocumentKey == reports && r.Culture == "en");
        Assert.Contains(redirects, r => r.Route == "/reports/minsk-format-note/" && r.DocumentKey == key);
    }

    [SkippableFact]
    public async Task Move_updates_path_level_and_routes_and_refuses_disallowed_targets()
    {
        await using var cms = await StartAsync();
        var (home, reports) = await SiteAsync(cms);
        var page = (await cms.Content.CreateAsync("page", home, En("About"), Editor)).Key!.Value;
        var sub = (await cms.Content.CreateAsync("page", page, En("Team"), Editor)).Key!.Value;
        var target = (await cms.Content.CreateAsync("page", home, En("Organisation"), Editor)).Key!.Value;
        foreach (var k in new[] { page, sub, target })
        {
            Assert.True((await cms.Content.PublishAsync(k, null, Editor)).Succeeded);
        }

        var moved = await cms.Content.MoveAsync(page, target, Editor);

        Assert.True(moved.Succeeded);
        var (pageDoc, _) = await cms.LoadAsync(page);
        var (subDoc, _) = await cms.LoadAsync(sub);
        var (targetDoc, _) = await cms.LoadAsync(target);
        Assert.Equal(3, pageDoc.Level);
        Assert.Equal(4, subDoc.Level);
        Assert.Equal($"{targetDoc.Path},{pageDoc.Id},{subDoc.Id}", subDoc.Path);
        Assert.Equal("/organisation/about/team/", (await cms.RoutesAsync(sub))["en"]);
        Assert.Contains(await cms.Db.RedirectUrls.ToListAsync(), r => r.Route == "/about/team/" && r.DocumentKey == sub);

        Assert.Equal(ContentOperationStatus.ValidationFailed, (await cms.Content.MoveAsync(target, sub, Editor)).Status);
        Assert.Equal(ContentOperationStatus.ValidationFailed, (await cms.Content.MoveAsync(page, reports, Editor)).Status);
    }

    [SkippableFact]
    public async Task Moving_a_branch_to_another_root_at_the_same_route_moves_every_route_of_the_branch_to_that_root()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);
        var page = (await cms.Content.CreateAsync("page", home, En("About"), Editor)).Key!.Value;
        var sub = (await cms.Content.CreateAsync("page", page, En("Team"), Editor)).Key!.Value;
        var second = (await cms.Content.CreateAsync("home", null, Home("Second site"), Editor)).Key!.Value;
        foreach (var k in new[] { page, sub, second })
        {
            Assert.True((await cms.Content.PublishAsync(k, null, Editor)).Succeeded);
        }

        Assert.True((await cms.Content.MoveAsync(page, second, Editor)).Succeeded);

        // The routes below the root read the same ("/about/team/"), but they are now relative to the second root.
        var secondId = (await cms.LoadAsync(second)).Document.Id;
        var homeId = (await cms.LoadAsync(home)).Document.Id;
        var subId = (await cms.LoadAsync(sub)).Document.Id;
        var subRoute = Assert.Single(await cms.Db.DocumentUrls.Where(u => u.DocumentId == subId).ToListAsync());
        Assert.Equal("/about/team/", subRoute.Route);
        Assert.Equal(secondId, subRoute.RootId);
        var redirects = await cms.Db.RedirectUrls.ToListAsync();
        Assert.Contains(redirects, r => r.Route == "/about/team/" && r.DocumentKey == sub && r.RootId == homeId);
        Assert.Contains(redirects, r => r.Route == "/about/" && r.DocumentKey == page && r.RootId == homeId);
        Assert.Contains(await cms.Db.Outbox.ToListAsync(), m => m.Event == ContentEvents.Refreshed && m.EntityKey == sub);
    }

    [SkippableFact]
    public async Task Copy_creates_unpublished_drafts_with_new_keys_and_unique_segments()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);
        var page = (await cms.Content.CreateAsync("page", home, En("About"), Editor)).Key!.Value;
        await cms.Content.CreateAsync("page", page, En("Team"), Editor);
        await cms.Content.PublishAsync(page, null, Editor);

        var copy = await cms.Content.CopyAsync(page, home, includeDescendants: true, Editor);

        Assert.True(copy.Succeeded);
        Assert.NotEqual(page, copy.Key);
        var (doc, data) = await cms.LoadAsync(copy.Key!.Value);
        Assert.Null(doc.PublishedVersion);
        Assert.Equal("about-2", data.Segments["en"]);
        Assert.Equal(1, await cms.Db.Documents.CountAsync(d => d.ParentId == doc.Id));
    }

    [SkippableFact]
    public async Task Sort_sets_the_order_and_requires_every_child_once()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);
        var a = (await cms.Content.CreateAsync("page", home, En("A"), Editor)).Key!.Value;
        var b = (await cms.Content.CreateAsync("page", home, En("B"), Editor)).Key!.Value;
        var children = await cms.Db.Documents.Where(d => d.Path.StartsWith("-1,") && d.Level == 2).OrderBy(d => d.SortOrder).Select(d => d.Key).ToListAsync();

        var reversed = children.AsEnumerable().Reverse().ToList();
        Assert.True((await cms.Content.SortAsync(home, reversed, Editor)).Succeeded);
        Assert.Equal(reversed, await cms.Db.Documents.Where(d => d.Level == 2).OrderBy(d => d.SortOrder).Select(d => d.Key).ToListAsync());
        Assert.Equal(ContentOperationStatus.ValidationFailed, (await cms.Content.SortAsync(home, [a, b], Editor)).Status);
    }

    [SkippableFact]
    public async Task Trash_takes_a_branch_offline_and_restore_brings_it_back_unpublished()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);
        var page = (await cms.Content.CreateAsync("page", home, En("Programme"), Editor)).Key!.Value;
        var sub = (await cms.Content.CreateAsync("page", page, En("Sessions"), Editor)).Key!.Value;
        await cms.Content.PublishAsync(page, null, Editor);
        await cms.Content.PublishAsync(sub, null, Editor);

        Assert.True((await cms.Content.TrashAsync(page, Editor)).Succeeded);
        Assert.True((await cms.LoadAsync(sub)).Document.Trashed);
        Assert.Empty(await cms.RoutesAsync(sub));
        Assert.Equal(ContentOperationStatus.InRecycleBin, (await cms.Content.PublishAsync(sub, null, Editor)).Status);
        // The segment is free while the original is in the bin.
        var reuse = await cms.Content.CreateAsync("page", home, En("Programme"), Editor);
        Assert.Equal("programme", (await cms.LoadAsync(reuse.Key!.Value)).Data.Segments["en"]);
        await cms.Content.TrashAsync(reuse.Key.Value, Editor);

        var restored = await cms.Content.RestoreAsync(page, Editor);

        Assert.True(restored.Succeeded);
        var (doc, _) = await cms.LoadAsync(page);
        Assert.False(doc.Trashed);
        Assert.Null(doc.PublishedVersion);
        Assert.False((await cms.LoadAsync(sub)).Document.Trashed);
        Assert.True((await cms.Content.PublishAsync(page, null, Editor)).Succeeded);
        Assert.Equal("/programme/", (await cms.RoutesAsync(page))["en"]);
    }

    [SkippableFact]
    public async Task Delete_is_only_possible_from_the_recycle_bin_and_removes_the_branch()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);
        var page = (await cms.Content.CreateAsync("page", home, En("Temporary"), Editor)).Key!.Value;
        var sub = (await cms.Content.CreateAsync("page", page, En("Child"), Editor)).Key!.Value;

        Assert.Equal(ContentOperationStatus.NotInRecycleBin, (await cms.Content.DeleteAsync(page, Editor)).Status);
        await cms.Content.TrashAsync(page, Editor);
        Assert.True((await cms.Content.DeleteAsync(page, Editor)).Succeeded);

        var db = cms.Db;
        Assert.False(await db.Documents.AnyAsync(d => d.Key == page || d.Key == sub));
        Assert.Equal(2, await db.Outbox.CountAsync(m => m.Event == ContentEvents.Deleted));
    }

    [SkippableFact]
    public async Task Empty_recycle_bin_deletes_every_trashed_branch()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);
        var a = (await cms.Content.CreateAsync("page", home, En("A"), Editor)).Key!.Value;
        await cms.Content.CreateAsync("page", a, En("A child"), Editor);
        var b = (await cms.Content.CreateAsync("page", home, En("B"), Editor)).Key!.Value;
        await cms.Content.TrashAsync(a, Editor);
        await cms.Content.TrashAsync(b, Editor);

        Assert.Equal(2, await cms.Content.EmptyRecycleBinAsync(Editor));
        Assert.False(await cms.Db.Documents.AnyAsync(d => d.Trashed));
    }

    [SkippableFact]
    public async Task Sibling_segments_are_unique_per_culture_derived_ones_get_a_suffix_explicit_ones_an_error()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);
        await cms.Content.CreateAsync("page", home, En("Contact"), Editor);

        var derived = await cms.Content.CreateAsync("page", home, En("Contact!"), Editor);
        var explicitClash = await cms.Content.CreateAsync("page", home, En("Get in touch") with { Segments = new Dictionary<string, string> { ["en"] = "contact" } }, Editor);
        var badSegment = await cms.Content.CreateAsync("page", home, En("Bad") with { Segments = new Dictionary<string, string> { ["en"] = "../etc" } }, Editor);

        Assert.Equal("contact-2", (await cms.LoadAsync(derived.Key!.Value)).Data.Segments["en"]);
        Assert.Equal(ContentOperationStatus.ValidationFailed, explicitClash.Status);
        Assert.Contains(explicitClash.Errors, e => e.Property == "segment" && e.Culture == "en");
        Assert.Equal(ContentOperationStatus.ValidationFailed, badSegment.Status);
    }

    [SkippableFact]
    public async Task Published_route_collisions_are_refused_at_publish()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);
        var first = (await cms.Content.CreateAsync("page", home, En("Events"), Editor)).Key!.Value;
        await cms.Content.PublishAsync(first, null, Editor);
        // Renamed in draft only: its published route /events/ stays live.
        await cms.Content.SaveAsync(first, 2, En("Calendar"), Editor);
        var second = (await cms.Content.CreateAsync("page", home, En("Events"), Editor)).Key!.Value;

        var result = await cms.Content.PublishAsync(second, null, Editor);

        Assert.Equal(ContentOperationStatus.ValidationFailed, result.Status);
        Assert.Contains(result.Errors, e => e.Property == "segment" && e.Message.Contains("/events/", StringComparison.Ordinal));
        Assert.Null((await cms.LoadAsync(second)).Document.PublishedVersion);
    }

    [SkippableFact]
    public async Task Structure_rules_refuse_disallowed_children_and_root_types()
    {
        await using var cms = await StartAsync();
        var (home, _) = await SiteAsync(cms);

        var atRoot = await cms.Content.CreateAsync("report", null, Report("Root report"), Editor);
        var underHome = await cms.Content.CreateAsync("report", home, Report("Misplaced report"), Editor);
        var element = await cms.Content.CreateAsync("keyFinding", home, En("Element"), Editor);

        Assert.Contains(atRoot.Errors, e => e.Property == "parent");
        Assert.Contains(underHome.Errors, e => e.Property == "parent");
        Assert.Contains(element.Errors, e => e.Property == "contentType");
    }

    [SkippableFact]
    public async Task Pickers_must_target_existing_documents_of_allowed_types()
    {
        await using var cms = await StartAsync();
        var (home, reports) = await SiteAsync(cms);
        var edit = Report("Picker check");
        var missing = edit with { Values = new Dictionary<string, JsonNode?>(edit.Values) { ["initiative"] = Guid.NewGuid().ToString() } };
        var wrongType = edit with { Values = new Dictionary<string, JsonNode?>(edit.Values) { ["initiative"] = home.ToString() } };

        var r1 = await cms.Content.CreateAsync("report", reports, missing, Editor);
        var r2 = await cms.Content.CreateAsync("report", reports, wrongType, Editor);

        Assert.Contains(r1.Errors, e => e.Property == "initiative" && e.Message.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(r2.Errors, e => e.Property == "initiative" && e.Message.Contains("allowed", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Block_list_values_are_validated_per_element_property()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var edit = Report("Roster check");
        var roster = new JsonArray(
            new JsonObject { ["contentType"] = "rosterEntry", ["values"] = new JsonObject { ["fullName"] = "Sergey Ivanov", ["country"] = "RU" } },
            new JsonObject { ["contentType"] = "rosterEntry", ["values"] = new JsonObject { ["country"] = "XX" } });
        var bad = edit with { Values = new Dictionary<string, JsonNode?>(edit.Values) { ["participantRoster"] = roster } };

        var result = await cms.Content.CreateAsync("report", reports, bad, Editor);

        Assert.Contains(result.Errors, e => e.Property == "participantRoster[1].country");
        Assert.Contains(result.Errors, e => e.Property == "participantRoster[1].fullName");
    }

    [SkippableFact]
    public async Task Scheduled_publish_runs_when_the_clock_reaches_it_and_a_rerun_changes_nothing()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Embargoed brief"), Editor)).Key!.Value;
        var clock = cms.Factory.Clock;

        Assert.Equal(ContentOperationStatus.ValidationFailed, (await cms.Content.ScheduleAsync(key, ScheduleKind.Publish, "en", clock.GetUtcNow().AddMinutes(-1), Editor)).Status);
        Assert.True((await cms.Content.ScheduleAsync(key, ScheduleKind.Publish, "en", clock.GetUtcNow().AddHours(2), Editor)).Succeeded);
        Assert.True((await cms.Content.ScheduleAsync(key, ScheduleKind.Unpublish, "en", clock.GetUtcNow().AddDays(30), Editor)).Succeeded);

        Assert.Equal(0, await cms.Content.RunDueSchedulesAsync());
        Assert.Null((await cms.LoadAsync(key)).Document.PublishedVersion);

        clock.Advance(TimeSpan.FromHours(2));
        // The background worker ticks on the same fake clock and may get there first: either way it runs once.
        await cms.Content.RunDueSchedulesAsync();
        var (doc, _) = await cms.LoadAsync(key);
        Assert.NotNull(doc.PublishedVersion);
        Assert.Equal(0, await cms.Content.RunDueSchedulesAsync());
        Assert.Equal(doc.LatestVersion, (await cms.LoadAsync(key)).Document.LatestVersion);

        clock.Advance(TimeSpan.FromDays(30));
        await cms.Content.RunDueSchedulesAsync();
        Assert.Null((await cms.LoadAsync(key)).Document.PublishedVersion);
        Assert.False(await cms.Db.ScheduledActions.AnyAsync());
    }

    [SkippableFact]
    public async Task Scheduled_publishing_worker_publishes_when_the_fake_clock_passes_the_due_time()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Worker-published"), Editor)).Key!.Value;
        await cms.Content.ScheduleAsync(key, ScheduleKind.Publish, "en", cms.Factory.Clock.GetUtcNow().AddMinutes(5), Editor);

        cms.Factory.Clock.Advance(TimeSpan.FromMinutes(6));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await cms.LoadAsync(key)).Document.PublishedVersion is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.NotNull((await cms.LoadAsync(key)).Document.PublishedVersion);
        Assert.Contains(await cms.Db.Audit.ToListAsync(), a => a.Action == "publish" && a.Actor == $"{Editor} (scheduled)");
    }

    [SkippableFact]
    public async Task Publishing_an_already_live_version_again_is_a_no_op()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var key = (await cms.Content.CreateAsync("report", reports, Report("Idempotent"), Editor)).Key!.Value;
        var first = await cms.Content.PublishAsync(key, null, Editor);

        var second = await cms.Content.PublishAsync(key, null, Editor);

        Assert.Equal(first.Version, second.Version);
        var id = (await cms.LoadAsync(key)).Document.Id;
        Assert.Equal(2, await cms.Db.DocumentVersions.CountAsync(v => v.DocumentId == id));
    }

    [SkippableFact]
    public async Task Facets_follow_the_live_version()
    {
        await using var cms = await StartAsync();
        var (_, reports) = await SiteAsync(cms);
        var edit = Report("Faceted");
        edit = edit with { Values = new Dictionary<string, JsonNode?>(edit.Values) { ["countries"] = new JsonArray("NG", "ke"), ["topics"] = new JsonArray("ceasefire") } };
        var key = (await cms.Content.CreateAsync("report", reports, edit, Editor)).Key!.Value;
        Assert.Empty(await cms.Db.DocumentFacets.ToListAsync());

        await cms.Content.PublishAsync(key, null, Editor);
        var facets = await cms.Db.DocumentFacets.Where(f => f.Alias == "countries").Select(f => f.Value).OrderBy(v => v).ToListAsync();
        Assert.Equal(["KE", "NG"], facets);

        await cms.Content.UnpublishAsync(key, null, Editor);
        Assert.Empty(await cms.Db.DocumentFacets.ToListAsync());
    }

    [SkippableFact]
    public async Task Invariant_documents_under_a_variant_parent_get_a_route_per_parent_culture()
    {
        await using var cms = await StartAsync();
        var home = (await cms.Content.CreateAsync("home", null, Edit(new Dictionary<string, string> { ["en"] = "Home", ["fr"] = "Accueil" },
            ("heroTitle", PerCulture(("en", "Welcome"), ("fr", "Bienvenue")))), Editor)).Key!.Value;
        await cms.Content.PublishAsync(home, null, Editor);
        var data = (await cms.Content.CreateAsync("dataFolder", home, Invariant("Reference data"), Editor)).Key!.Value;

        Assert.True((await cms.Content.PublishAsync(data, null, Editor)).Succeeded);

        var routes = await cms.RoutesAsync(data);
        Assert.Equal("/reference-data/", routes["en"]);
        Assert.Equal("/reference-data/", routes["fr"]);
        Assert.Equal("*", (await cms.LoadAsync(data)).Document.PublishedCultures);
    }
}

public sealed class SqliteContentStoreTests : ContentStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresContentStoreTests : ContentStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
