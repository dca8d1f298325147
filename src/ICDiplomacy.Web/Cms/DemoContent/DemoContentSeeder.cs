using ICDiplomacy.Web.Cms.Audit;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>
/// Seeds an empty database with a small, realistic site: reference data, conflicts and their parties,
/// initiatives with expert groups, reports of every type (anonymised Chatham House notes among them), and a
/// World Diplomatic Forum edition with sessions and speakers from every region. Writes through
/// <see cref="ContentService"/> only, so a schema change that breaks the demo fails here, loudly.
/// </summary>
internal sealed class DemoContentSeeder(
    ContentService content,
    CmsDbContext db,
    CountryCatalog countries,
    TimeProvider clock,
    ILogger<DemoContentSeeder> logger) : IContentSeeder
{
    public const string Actor = "demo-content";
    private const string CompletedAction = "demo-seed-complete";

    /// <summary>How long after seeding the scheduled demo report goes live.</summary>
    public static readonly TimeSpan ScheduledReportDelay = TimeSpan.FromDays(14);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Audit.AnyAsync(a => a.Action == CompletedAction, cancellationToken))
        {
            logger.LogDebug("Demo content already seeded");
            return;
        }

        if (await db.Documents.AnyAsync(cancellationToken))
        {
            // Documents but no completion mark: either real content (leave it alone) or a seed that was
            // interrupted (stopped mid-way), which is cleared and run again so the demo is never half there.
            if (await db.DocumentVersions.AnyAsync(v => v.Author != Actor, cancellationToken))
            {
                logger.LogDebug("Demo content skipped: the database already holds documents");
                return;
            }

            logger.LogWarning("An earlier demo seed was interrupted; clearing it and seeding again");
            await db.Outbox.ExecuteDeleteAsync(cancellationToken);
            await db.Documents.ExecuteDeleteAsync(cancellationToken);
            await db.RedirectUrls.ExecuteDeleteAsync(cancellationToken);
        }

        var started = clock.GetTimestamp();
        var w = new DemoWriter(content, db, Actor);
        var (homeKey, homeVersion) = await SeedSiteAsync(w, cancellationToken);
        await SeedReferenceDataAsync(w, cancellationToken);
        await SeedConflictsAsync(w, cancellationToken);
        await SeedPeopleAsync(w, cancellationToken);
        await SeedInitiativesAsync(w, cancellationToken);
        await SeedReportsAsync(w, cancellationToken);
        await SeedForumAsync(w, cancellationToken);

        // The home page features reports, which exist only now.
        await w.SaveAndPublishAsync(homeKey, homeVersion, HomeEdit(w.Keys("report", DemoSite.FeaturedReports)), "home (featured reports)", cancellationToken);

        db.Audit.Add(new AuditEntry { Utc = clock.GetUtcNow().UtcDateTime, Actor = Actor, Action = CompletedAction, Details = "demo content seeded" });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo content in {ElapsedMs:F0} ms", clock.GetElapsedTime(started).TotalMilliseconds);
    }

    private static DocumentEdit HomeEdit(JsonArray? featuredReports) => new()
    {
        Names = DemoSite.HomeName.ToNames(),
        Values = DemoJson.Values(
            ("heroTitle", DemoSite.HeroTitle.ToJson()),
            ("intro", DemoSite.HomeIntro.ToJson()),
            ("metaDescription", DemoSite.HomeMetaDescription.ToJson()),
            ("featuredReports", featuredReports)),
    };

    private static async Task<(Guid Key, int Version)> SeedSiteAsync(DemoWriter w, CancellationToken ct)
    {
        var home = await w.CreateAsync("home", "home", null, HomeEdit(null), ct);
        var homeVersion = await w.PublishAsync(home, "home", ct);

        foreach (var (type, id, name, intro) in DemoSite.Listings)
        {
            await w.CreatePublishedAsync(type, id, home, new DocumentEdit
            {
                Names = name.ToNames(),
                Values = DemoJson.Values(("intro", intro.ToJson())),
            }, ct);
        }

        await w.CreatePublishedAsync("page", "about", home, new DocumentEdit
        {
            Names = DemoSite.AboutName.ToNames(),
            Values = DemoJson.Values(("body", DemoSite.AboutBody.ToJson()), ("teaserText", DemoSite.AboutTeaser.ToJson())),
        }, ct);

        await w.CreatePublishedAsync("dataFolder", "data", home, new DocumentEdit { Names = new Dictionary<string, string> { ["*"] = "Reference data" } }, ct);
        return (home, homeVersion);
    }

    private async Task SeedReferenceDataAsync(DemoWriter w, CancellationToken ct)
    {
        var folder = w.Key("dataFolder", "data");
        foreach (var (region, name, intro) in DemoSite.Regions)
        {
            await w.CreatePublishedAsync("region", region, folder, new DocumentEdit
            {
                Names = name.ToNames(),
                Values = DemoJson.Values(("m49Region", region), ("intro", intro.ToJson())),
            }, ct);
        }

        foreach (var code in DemoSite.CountryNodes)
        {
            var country = countries.Find(code) ?? throw new InvalidOperationException($"Demo content names an unknown country code '{code}'.");
            await w.CreatePublishedAsync("country", code, folder, new DocumentEdit
            {
                Names = new Dictionary<string, string> { ["en"] = country.Name },
                Values = DemoJson.Values(("isoCode", code)),
            }, ct);
        }
    }

    private static async Task SeedConflictsAsync(DemoWriter w, CancellationToken ct)
    {
        var listing = w.Key("conflictsListing", "conflicts");
        foreach (var region in DemoConflicts.Regions)
        {
            await w.CreatePublishedAsync("conflictRegion", region.Id, listing, new DocumentEdit
            {
                Names = region.Name.ToNames(),
                Values = DemoJson.Values(("countries", DemoJson.Strings(region.Countries)), ("description", region.Description.ToJson())),
            }, ct);
        }

        foreach (var c in DemoConflicts.All)
        {
            var parties = DemoJson.Blocks(c.Parties.Select(p => DemoJson.Block("conflictParty", new JsonObject
            {
                ["name"] = p.Name,
                ["acronym"] = p.Acronym,
                ["kind"] = p.Kind,
                ["countries"] = DemoJson.Strings(p.Countries),
            })));
            await w.CreatePublishedAsync("conflict", c.Id, listing, new DocumentEdit
            {
                Names = c.Name.ToNames(),
                Values = DemoJson.Values(
                    ("conflictType", c.Type),
                    ("incompatibility", c.Incompatibility),
                    ("status", c.Status),
                    ("summary", c.Summary.ToJson()),
                    ("teaserText", new DemoText(Teaser(c.Summary.En)).ToJson()),
                    ("background", new DemoText(c.Background).ToJson()),
                    ("locationCountries", DemoJson.Strings(c.LocationCountries)),
                    ("regions", DemoJson.Strings(c.Regions)),
                    ("conflictRegions", w.Keys("conflictRegion", c.ConflictRegions)),
                    ("parties", parties)),
            }, ct);
        }
    }

    private static async Task SeedPeopleAsync(DemoWriter w, CancellationToken ct)
    {
        var listing = w.Key("peopleListing", "people");
        foreach (var p in DemoPeople.All)
        {
            await w.CreatePublishedAsync("person", p.Id, listing, new DocumentEdit
            {
                // Named in each culture the position is translated into (only Arabic-script names have an Arabic position).
                Names = new DemoText(p.Name, p.Position.Fr is null ? null : p.Name, p.Position.Ar is null ? null : p.OriginalScriptName ?? p.Name).ToNames(),
                Values = DemoJson.Values(
                    ("originalScriptName", p.OriginalScriptName),
                    ("country", p.Country),
                    ("affiliation", p.Affiliation),
                    ("position", p.Position.ToJson()),
                    ("biography", new DemoText(p.Biography).ToJson()),
                    ("consentToBeListed", p.ConsentToBeListed)),
            }, ct);
        }
    }

    private static async Task SeedInitiativesAsync(DemoWriter w, CancellationToken ct)
    {
        var listing = w.Key("initiativesListing", "initiatives");
        foreach (var i in DemoInitiatives.All)
        {
            var experts = DemoJson.Blocks(i.Experts.Select(e => DemoJson.Block("expertGroupMember", new JsonObject
            {
                ["person"] = w.Key("person", e.Person).ToString(),
                ["party"] = e.Party,
                ["role"] = e.Role,
                ["listedPublicly"] = e.ListedPublicly,
            })));
            await w.CreatePublishedAsync("initiative", i.Id, listing, new DocumentEdit
            {
                Names = i.Name.ToNames(),
                Values = DemoJson.Values(
                    ("status", i.Status),
                    ("summary", i.Summary.ToJson()),
                    ("teaserText", new DemoText(Teaser(i.Summary.En)).ToJson()),
                    ("frameworkText", i.FrameworkText.ToJson()),
                    ("conflict", w.Key("conflict", i.Conflict).ToString()),
                    ("regions", DemoJson.Strings(i.Regions)),
                    ("countries", DemoJson.Strings(i.Countries)),
                    ("expertGroup", experts),
                    ("startDate", i.StartDate is { } s ? DemoJson.Date(s) : null),
                    ("endDate", i.EndDate is { } e ? DemoJson.Date(e) : null),
                    ("outcome", i.Outcome is null ? null : new DemoText(i.Outcome).ToJson())),
            }, ct);
        }
    }

    private async Task SeedReportsAsync(DemoWriter w, CancellationToken ct)
    {
        var listing = w.Key("reportsListing", "reports");
        var due = clock.GetUtcNow() + ScheduledReportDelay;
        foreach (var r in DemoReports.All())
        {
            var publicationDate = r.Release == DemoRelease.Scheduled ? DateOnly.FromDateTime(due.UtcDateTime) : r.PublicationDate;
            var edit = new DocumentEdit { Names = r.Name.ToNames(), Values = ReportValues(w, r, publicationDate) };
            var key = await w.CreateAsync("report", r.Id, listing, edit, ct);
            switch (r.Release)
            {
                case DemoRelease.Published:
                    await w.PublishAsync(key, $"report '{r.Id}'", ct);
                    break;
                case DemoRelease.Scheduled:
                    await w.SchedulePublishAsync(key, "en", due, $"report '{r.Id}'", ct);
                    break;
                case DemoRelease.Draft:
                    break;
            }
        }
    }

    private static Dictionary<string, JsonNode?> ReportValues(DemoWriter w, DemoReport r, DateOnly publicationDate)
    {
        var m = r.Meeting;
        var preparedBy = r.PreparedBy ?? (r.Authors.Length == 0 ? DemoSite.PreparedByIcd : null);
        var findings = DemoJson.Blocks(r.KeyFindings.Select(f => DemoJson.Block("keyFinding", new JsonObject { ["text"] = f })));
        var roster = m is null ? null : DemoJson.Blocks(m.Roster.Select(p => DemoJson.Block("rosterEntry", new JsonObject
        {
            ["fullName"] = p.FullName,
            ["originalScriptName"] = p.OriginalScriptName,
            ["aliases"] = p.Aliases is null ? null : DemoJson.Strings(p.Aliases),
            ["affiliation"] = p.Affiliation,
            ["affiliationAcronym"] = p.AffiliationAcronym,
            ["country"] = p.Country,
            ["party"] = p.Party,
            ["roleCategory"] = p.RoleCategory,
            ["consentToBeListed"] = p.ConsentToBeListed,
        })));

        return DemoJson.Values(
            ("reportType", r.Type),
            ("summary", r.Summary.ToJson()),
            ("teaserText", new DemoText(Teaser(r.Summary.En)).ToJson()),
            ("keyFindings", findings.Count == 0 ? null : new JsonObject { ["en"] = findings }),
            ("body", new DemoText(r.Body).ToJson()),
            ("authors", w.Keys("person", r.Authors)),
            ("preparedBy", preparedBy is null ? null : InCulturesOf(r.Name, preparedBy).ToJson()),
            ("chathamHouse", m?.ChathamHouse),
            ("meetingDate", m is null ? null : DemoJson.Date(m.Date)),
            ("meetingFormat", m?.Format),
            ("meetingLocation", m is null ? null : InCulturesOf(r.Name, m.Location).ToJson()),
            ("hostPartner", m?.HostPartner),
            ("followUpPoints", m?.FollowUpPoints is { } f ? new DemoText(f).ToJson() : null),
            ("participantRoster", roster),
            ("internalNotes", m?.InternalNotes),
            ("regions", DemoJson.Strings(r.Regions)),
            ("countries", DemoJson.Strings(r.Countries)),
            ("conflicts", w.Keys("conflict", r.Conflicts)),
            ("conflictRegions", w.Keys("conflictRegion", r.ConflictRegions)),
            ("initiative", r.Initiative is null ? null : w.Key("initiative", r.Initiative).ToString()),
            ("topics", DemoJson.Strings(r.Topics)),
            ("publicationDate", DemoJson.Date(publicationDate)),
            ("originalLanguage", r.OriginalLanguage));
    }

    /// <summary>Drops translations into cultures the document has no name in: they would never be published.</summary>
    private static DemoText InCulturesOf(DemoText names, DemoText text) =>
        new(text.En, names.Fr is null ? null : text.Fr, names.Ar is null ? null : text.Ar);

    private static string Teaser(string summary)
    {
        const int Max = 300;
        if (summary.Length <= Max)
        {
            return summary;
        }

        var cut = summary.LastIndexOf(' ', Max - 1);
        return summary[..cut] + "…";
    }

    private static async Task SeedForumAsync(DemoWriter w, CancellationToken ct)
    {
        var forum = await w.CreatePublishedAsync("forum", DemoForum.Id, w.Key("forumsListing", "forums"), new DocumentEdit
        {
            Names = DemoForum.Name.ToNames(),
            Values = DemoJson.Values(
                ("year", DemoJson.Number(DemoForum.StartDate.Year)),
                ("theme", DemoForum.Theme.ToJson()),
                ("teaserText", DemoForum.Teaser.ToJson()),
                ("body", DemoForum.Body.ToJson()),
                ("venue", DemoForum.Venue.ToJson()),
                ("city", DemoForum.City.ToJson()),
                ("country", DemoForum.Country),
                ("startDate", DemoJson.Date(DemoForum.StartDate)),
                ("endDate", DemoJson.Date(DemoForum.EndDate)),
                ("timeZone", DemoForum.TimeZone),
                // Off on purpose: one session is unbalanced so the balance check has something to flag.
                ("requireBalancedSpeakers", false)),
        }, ct);

        var forumStart = Local(DemoForum.StartDate, new TimeOnly(0, 0));
        foreach (var s in DemoForum.Sessions)
        {
            var day = DemoForum.StartDate.AddDays(s.Day - 1);
            var start = Local(day, s.Start);
            await w.CreatePublishedAsync("forumSession", s.Id, forum, new DocumentEdit
            {
                Names = s.Name.ToNames(),
                Values = DemoJson.Values(
                    ("abstract", s.Abstract.ToJson()),
                    ("start", DemoJson.DateTime(start)),
                    ("end", DemoJson.DateTime(Local(day, s.End))),
                    ("format", s.Format),
                    ("chathamHouse", s.ChathamHouse),
                    ("conflicts", w.Keys("conflict", s.Conflicts)),
                    ("speakers", w.Keys("person", s.Speakers)),
                    ("interpretationLanguages", DemoJson.Strings(s.InterpretationLanguages)),
                    ("capacity", DemoJson.Number(s.Capacity)),
                    ("registrationOpens", DemoJson.DateTime(forumStart.AddDays(-s.RegistrationOpensDaysBeforeForum))),
                    ("registrationCloses", DemoJson.DateTime(start.AddHours(-s.RegistrationClosesHoursBeforeStart))),
                    ("venueRoom", s.Room.ToJson()),
                    ("onlineLink", s.OnlineLink)),
            }, ct);
        }
    }

    private static DateTimeOffset Local(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), DemoForum.UtcOffset);
}
