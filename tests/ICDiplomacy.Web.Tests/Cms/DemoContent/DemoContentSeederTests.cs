using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Cms.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICDiplomacy.Web.Tests.Cms.DemoContent;

public sealed class DemoContentSeederTests(DemoContentFixture fixture) : IClassFixture<DemoContentFixture>
{
    private const string Invariant = VersionData.Invariant;

    [Fact]
    public async Task SeedAsync_on_empty_database_creates_every_kind_of_content()
    {
        var counts = await fixture.QueryAsync(db => db.Documents
            .GroupBy(d => d.ContentType)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count));

        Assert.Equal(1, counts["home"]);
        Assert.Equal(1, counts["reportsListing"]);
        Assert.Equal(1, counts["initiativesListing"]);
        Assert.Equal(1, counts["conflictsListing"]);
        Assert.Equal(1, counts["peopleListing"]);
        Assert.Equal(1, counts["forumsListing"]);
        Assert.Equal(1, counts["dataFolder"]);
        Assert.Equal(5, counts["region"]);
        Assert.InRange(counts["country"], 15, 25);
        Assert.Equal(4, counts["conflictRegion"]);
        Assert.InRange(counts["conflict"], 6, 10);
        Assert.InRange(counts["initiative"], 4, 10);
        Assert.InRange(counts["report"], 30, 50);
        Assert.Equal(1, counts["forum"]);
        Assert.InRange(counts["forumSession"], 8, 20);
        Assert.InRange(counts["person"], 20, 60);
    }

    [Fact]
    public async Task SeedAsync_run_again_creates_nothing_new()
    {
        var before = await RowCountsAsync();

        await fixture.SeedAsync();

        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task SeedAsync_writes_everything_as_the_demo_content_actor()
    {
        var actors = await fixture.QueryAsync(db => db.DocumentVersions.Select(v => v.Author).Distinct().ToListAsync());

        Assert.Equal(["demo-content"], actors);
    }

    [Fact]
    public async Task Draft_report_stays_unpublished_and_scheduled_report_has_a_publish_schedule()
    {
        var unpublished = await fixture.QueryAsync(db => db.Documents
            .Where(d => d.ContentType == "report" && d.PublishedVersion == null)
            .Select(d => new { d.Id, d.PublishedCultures })
            .ToListAsync());
        var schedules = await fixture.QueryAsync(db => db.ScheduledActions.ToListAsync());

        Assert.Equal(2, unpublished.Count);
        Assert.All(unpublished, d => Assert.Null(d.PublishedCultures));
        var schedule = Assert.Single(schedules);
        Assert.Contains(unpublished, d => d.Id == schedule.DocumentId);
        Assert.Equal(ScheduleKind.Publish, schedule.Kind);
        Assert.Equal("en", schedule.Culture);
        Assert.True(schedule.DueUtc > fixture.Clock.GetUtcNow().UtcDateTime, $"The schedule is due at {schedule.DueUtc:O}, which is not in the future.");
    }

    [Fact]
    public async Task Scheduled_report_publishes_when_due()
    {
        var own = new DemoContentFixture();
        await own.InitializeAsync();
        try
        {
            own.Clock.Advance(TimeSpan.FromDays(15));
            await using var scope = own.Services.CreateAsyncScope();

            // The count it returns is not asserted: PublishAsync already removes the due entry, so it reports 0.
            await scope.ServiceProvider.GetRequiredService<ContentService>().RunDueSchedulesAsync();

            Assert.Empty(await own.QueryAsync(db => db.Audit.Where(a => a.Action == "schedule-failed").Select(a => a.Details).ToListAsync()));
            Assert.Empty(await own.QueryAsync(db => db.ScheduledActions.ToListAsync()));
            Assert.Equal(1, await own.QueryAsync(db => db.Documents.CountAsync(d => d.ContentType == "report" && d.PublishedVersion == null)));
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    [Fact]
    public async Task Home_features_published_reports_in_every_culture()
    {
        var home = Assert.Single((await fixture.PublishedAsync("home")).Values);
        var reports = await fixture.PublishedAsync("report");

        var featured = home.GetValue("featuredReports", Invariant)!.AsArray().Select(k => Guid.Parse(k!.GetValue<string>())).ToList();

        Assert.Equal(6, featured.Count);
        Assert.All(featured, k => Assert.True(reports.ContainsKey(k), $"Featured report {k} is not published."));
        Assert.All(new[] { "en", "fr", "ar" }, c => Assert.NotNull(home.GetValue("heroTitle", c)));
    }

    [Fact]
    public async Task Published_documents_have_no_unpublished_changes()
    {
        var versions = await fixture.QueryAsync(db => db.Documents
            .Where(d => d.PublishedVersion != null && d.LatestVersion != d.PublishedVersion)
            .Select(d => new
            {
                Name = d.ContentType + " " + d.Key,
                Published = db.DocumentVersions.Where(v => v.DocumentId == d.Id && v.Number == d.PublishedVersion).Select(v => v.Data).First(),
                Latest = db.DocumentVersions.Where(v => v.DocumentId == d.Id && v.Number == d.LatestVersion).Select(v => v.Data).First(),
            })
            .ToListAsync());

        // Compared as JSON, not as text: ContentService keeps a "draft after publishing" whenever the edit listed
        // values in another order than the schema, even though nothing differs.
        var pending = versions.Where(v => !JsonNode.DeepEquals(JsonNode.Parse(v.Published), JsonNode.Parse(v.Latest))).Select(v => v.Name);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Reports_cover_every_report_type_and_every_year_from_2019_to_2026()
    {
        var reports = (await fixture.PublishedAsync("report")).Values.ToList();

        var types = reports.Select(r => Text(r, "reportType")).ToHashSet();
        var years = reports.Select(r => int.Parse(Text(r, "publicationDate")[..4], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

        Assert.Equal(["meetingSummary", "policyBrief", "proposalToGovernments", "researchPaper"], types.Order());
        Assert.Equal(Enumerable.Range(2019, 8), years.Order());
        Assert.All(reports, r => Assert.True(
            r.GetValue("authors", Invariant) is JsonArray { Count: > 0 } || r.GetValue("preparedBy", "en") is not null,
            $"Report '{r.Names["en"]}' has neither authors nor 'Prepared by'."));
    }

    [Fact]
    public async Task Initiatives_cover_every_status()
    {
        var initiatives = await fixture.PublishedAsync("initiative");

        Assert.Equal(["active", "concluded", "consulting", "proposed"], initiatives.Values.Select(i => Text(i, "status")).Order());
    }

    [Fact]
    public async Task Expert_group_party_tags_name_parties_of_the_initiatives_conflict()
    {
        var conflicts = await fixture.PublishedAsync("conflict");
        var initiatives = await fixture.PublishedAsync("initiative");

        foreach (var initiative in initiatives.Values)
        {
            var conflict = conflicts[Guid.Parse(Text(initiative, "conflict"))];
            var parties = Blocks(conflict, "parties").Select(p => p["name"]!.GetValue<string>()).ToHashSet();
            var tags = Blocks(initiative, "expertGroup").Select(m => m["party"]?.GetValue<string>()).OfType<string>().ToHashSet();

            Assert.True(parties.Count >= 2, $"Conflict '{conflict.Names["en"]}' has fewer than two parties.");
            Assert.Equal(parties, tags);
        }
    }

    [Fact]
    public async Task Conflict_parties_each_name_their_countries()
    {
        var conflicts = await fixture.PublishedAsync("conflict");

        Assert.All(conflicts.Values.SelectMany(c => Blocks(c, "parties")), p => Assert.True(
            p["countries"] is JsonArray { Count: > 0 },
            $"Party '{p["name"]}' has no countries."));
    }

    [Fact]
    public async Task Forum_speakers_come_from_all_five_regions()
    {
        var (sessions, countryOf) = await SessionsAndSpeakerCountriesAsync();
        var catalog = fixture.Services.GetRequiredService<CountryCatalog>();

        var regions = sessions.SelectMany(s => Speakers(s)).Select(k => catalog.Find(countryOf[k])!.Region).ToHashSet();

        Assert.Equal([M49Region.Africa, M49Region.Americas, M49Region.Asia, M49Region.Europe, M49Region.Oceania], regions.Order());
    }

    [Fact]
    public async Task Forum_sessions_are_regionally_balanced_except_the_transatlantic_panel()
    {
        var (sessions, countryOf) = await SessionsAndSpeakerCountriesAsync();
        var catalog = fixture.Services.GetRequiredService<CountryCatalog>();

        var unbalanced = sessions
            .Where(s =>
            {
                var countries = Speakers(s).Select(k => catalog.Find(countryOf[k])!).ToList();
                var byRegion = countries.GroupBy(c => c.Region).ToList();
                var allRegions = byRegion.Count == 5;
                var noRegionOver40 = byRegion.All(g => g.Count() * 100 <= 40 * countries.Count);
                var globalSouthAtLeast40 = countries.Count(c => c.IsUnctadDeveloping) * 100 >= 40 * countries.Count;
                return !(allRegions && noRegionOver40 && globalSouthAtLeast40);
            })
            .Select(s => s.Names["en"])
            .ToList();

        Assert.Equal(["Panel: Transatlantic perspectives on European security"], unbalanced);
    }

    [Fact]
    public async Task Chatham_House_reports_name_no_participant_or_affiliation()
    {
        var reports = (await fixture.PublishedAsync("report")).Values
            .Where(r => r.GetValue("chathamHouse", Invariant) is JsonValue v && v.GetValue<bool>())
            .ToList();

        Assert.True(reports.Count >= 5, $"Only {reports.Count} published Chatham House reports.");
        foreach (var report in reports)
        {
            var roster = Blocks(report, "participantRoster");
            Assert.NotEmpty(roster);
            Assert.Empty(report.GetValue("authors", Invariant)?.AsArray() ?? []);

            var text = string.Join("\n", PublicText(report));
            foreach (var term in roster.SelectMany(IdentifyingTerms))
            {
                Assert.False(
                    Regex.IsMatch(text, @"(?<!\w)" + Regex.Escape(term) + @"(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                    $"Chatham House report '{report.Names["en"]}' mentions the participant term '{term}'.");
            }
        }
    }

    [Fact]
    public async Task Translated_documents_are_published_in_french_and_arabic()
    {
        var live = await fixture.QueryAsync(db => db.Documents
            .Where(d => d.PublishedCultures != null)
            .Select(d => new { d.ContentType, d.PublishedCultures })
            .ToListAsync());

        string[] Cultures(string? list) => list!.Split(',');
        Assert.Equal(["ar", "en", "fr"], Cultures(live.Single(d => d.ContentType == "home").PublishedCultures).Order());
        Assert.Contains(live, d => d.ContentType == "initiative" && Cultures(d.PublishedCultures).Contains("fr") && Cultures(d.PublishedCultures).Contains("ar"));
        Assert.True(live.Count(d => d.ContentType == "report" && Cultures(d.PublishedCultures).Contains("fr")) >= 3);
        Assert.True(live.Count(d => d.ContentType == "report" && Cultures(d.PublishedCultures).Contains("ar")) >= 2);
    }

    [Fact]
    public async Task Published_text_has_both_spellings_of_Kartarpur_and_accented_names()
    {
        var text = string.Join("\n", (await fixture.PublishedAsync("report")).Values.Concat((await fixture.PublishedAsync("initiative")).Values)
            .SelectMany(PublicText));

        Assert.Contains("Kartārpur", text, StringComparison.Ordinal);
        Assert.Contains("Kartarpur", text, StringComparison.Ordinal);
        Assert.Contains("José", text, StringComparison.Ordinal);
        Assert.Contains("São Paulo", text, StringComparison.Ordinal);
    }

    private Task<(long Documents, long Versions, long Schedules, long Audit)> RowCountsAsync() => fixture.QueryAsync(async db => (
        (long)await db.Documents.CountAsync(),
        (long)await db.DocumentVersions.CountAsync(),
        (long)await db.ScheduledActions.CountAsync(),
        (long)await db.Audit.CountAsync()));

    private async Task<(List<VersionData> Sessions, Dictionary<Guid, string> CountryOf)> SessionsAndSpeakerCountriesAsync()
    {
        var sessions = (await fixture.PublishedAsync("forumSession")).Values.ToList();
        var people = await fixture.PublishedAsync("person");
        return (sessions, people.ToDictionary(p => p.Key, p => Text(p.Value, "country")));
    }

    private static IEnumerable<Guid> Speakers(VersionData session) =>
        session.GetValue("speakers", Invariant)!.AsArray().Select(k => Guid.Parse(k!.GetValue<string>()));

    private static string Text(VersionData data, string alias) =>
        data.GetValue(alias, Invariant)?.GetValue<string>() ?? throw new InvalidOperationException($"'{alias}' is empty.");

    private static List<JsonObject> Blocks(VersionData data, string alias) =>
        data.GetValue(alias, Invariant)?.AsArray().Select(b => b!["values"]!.AsObject()).ToList() ?? [];

    /// <summary>Everything a reader can see: names and every non-sensitive text value, in every culture.</summary>
    private static IEnumerable<string> PublicText(VersionData data)
    {
        string[] sensitive = ["participantRoster", "internalNotes", "expertGroup", "onlineLink", "email"];
        foreach (var name in data.Names.Values)
        {
            yield return name;
        }

        foreach (var (alias, byCulture) in data.Values)
        {
            if (sensitive.Contains(alias))
            {
                continue;
            }

            foreach (var value in byCulture.Values)
            {
                foreach (var s in Strings(value))
                {
                    yield return s;
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        JsonArray a => a.SelectMany(Strings),
        JsonObject o => o.Where(kv => kv.Key is not ("key" or "contentType")).SelectMany(kv => Strings(kv.Value)),
        _ => [],
    };

    /// <summary>Full and original-script names, aliases, family name, affiliation and its acronym.</summary>
    private static IEnumerable<string> IdentifyingTerms(JsonObject entry)
    {
        foreach (var alias in new[] { "fullName", "originalScriptName", "affiliation", "affiliationAcronym" })
        {
            if (entry[alias]?.GetValue<string>() is { Length: > 0 } value)
            {
                yield return value;
            }
        }

        foreach (var alias in Strings(entry["aliases"]))
        {
            yield return alias;
        }

        var familyName = entry["fullName"]!.GetValue<string>().Split(' ')[^1];
        if (familyName.Length >= 4)
        {
            yield return familyName;
        }
    }
}
