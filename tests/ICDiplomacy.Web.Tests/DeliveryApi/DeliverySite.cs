using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>
/// A small site with fixed keys, created through <see cref="ContentService"/> with the shipped content types;
/// the clock advances one minute per operation so every date in the golden files is stable.
/// </summary>
public static class DeliverySite
{
    public const string Editor = "editor@test";
    public const string ApiKey = "test-delivery-key-0123456789";

    public static readonly Guid Home = Key(0x01);
    public static readonly Guid Reports = Key(0x02);
    public static readonly Guid People = Key(0x03);
    public static readonly Guid Person = Key(0x04);
    public static readonly Guid Initiatives = Key(0x05);
    public static readonly Guid DraftInitiative = Key(0x06);
    public static readonly Guid Conflicts = Key(0x07);
    public static readonly Guid Conflict = Key(0x08);
    public static readonly Guid Sahel = Key(0x09);
    public static readonly Guid SahelReport = Key(0x0A);
    public static readonly Guid CaucasusReport = Key(0x0B);
    public static readonly Guid DraftReport = Key(0x0D);
    public static readonly Guid TrashedReport = Key(0x0E);
    public static readonly Guid RenamedReport = Key(0x0F);
    public static readonly Guid FindingBlock = Key(0x21);
    public static readonly Guid RosterBlock = Key(0x22);

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DeliveryApi:ApiKey"] = ApiKey,
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        return settings;
    }

    public static async Task SeedAsync(CmsWebApplicationFactory factory)
    {
        async Task<T> Run<T>(Func<ContentService, Task<T>> work)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await using var scope = factory.Services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<ContentService>());
        }

        async Task Create(string type, Guid? parent, DocumentEdit edit, Guid key)
        {
            var result = await Run(c => c.CreateAsync(type, parent, edit, Editor, key));
            Assert.True(result.Succeeded, $"create {type}: {result.Message} {string.Join("; ", result.Errors.Select(e => $"{e.Property}/{e.Culture}: {e.Message}"))}");
        }

        async Task Publish(Guid key, params string[] cultures)
        {
            var result = await Run(c => c.PublishAsync(key, cultures.Length == 0 ? null : cultures, Editor));
            Assert.True(result.Succeeded, $"publish {key}: {result.Message} {string.Join("; ", result.Errors.Select(e => $"{e.Property}/{e.Culture}: {e.Message}"))}");
        }

        var enFr = new Dictionary<string, string> { ["en"] = "Home", ["fr"] = "Accueil" };
        await Create("home", null, Edit(enFr, ("heroTitle", PerCulture(("en", "Dialogue across divides"), ("fr", "Le dialogue par-delà les clivages")))), Home);
        await Publish(Home, "en", "fr");
        await Create("reportsListing", Home, Edit(new Dictionary<string, string> { ["en"] = "Reports", ["fr"] = "Rapports" }), Reports);
        await Publish(Reports, "en", "fr");
        await Create("peopleListing", Home, En("People"), People);
        await Publish(People);
        await Create("person", People, En("Amina Diallo", ("country", "ML"), ("affiliation", "Bamako Peace Institute"), ("email", "amina@example.org"), ("consentToBeListed", true)), Person);
        await Publish(Person);
        await Create("initiativesListing", Home, En("Initiatives"), Initiatives);
        await Publish(Initiatives);
        await Create("initiative", Initiatives, En(
            "Sahel Civilian Dialogue",
            ("status", "active"),
            ("summary", EnText("A civilian track for the Sahel.")),
            ("expertGroup", new JsonArray(new JsonObject { ["key"] = Key(0x41).ToString(), ["contentType"] = "expertGroupMember", ["values"] = new JsonObject { ["person"] = Person.ToString(), ["party"] = "Civil society" } })),
            ("partnerOrganisations", new JsonArray(
                new JsonObject { ["title"] = "Partner site", ["url"] = "https://partner.example/", ["target"] = "_blank" },
                new JsonObject { ["title"] = "Our people", ["contentKey"] = People.ToString() }))), DraftInitiative);
        await Create("conflictsListing", Home, En("Conflicts"), Conflicts);
        await Publish(Conflicts);
        await Create("conflict", Conflicts, En(
            "Conflict in Mali",
            ("conflictType", "intrastate"),
            ("status", "active"),
            ("summary", EnText("Armed conflict in northern and central Mali.")),
            ("locationCountries", new JsonArray("ML")),
            ("parties", new JsonArray(
                new JsonObject { ["key"] = Key(0x31).ToString(), ["contentType"] = "conflictParty", ["values"] = new JsonObject { ["name"] = "Government of Mali", ["kind"] = "state", ["countries"] = new JsonArray("ML") } },
                new JsonObject { ["key"] = Key(0x32).ToString(), ["contentType"] = "conflictParty", ["values"] = new JsonObject { ["name"] = "Armed movements", ["kind"] = "nonStateArmedGroup" } }))), Conflict);
        await Publish(Conflict);
        await Create("conflictRegion", Conflicts, En("Sahel", ("countries", new JsonArray("ML", "NE", "BF"))), Sahel);
        await Publish(Sahel);

        await Create("report", Reports, Edit(
            new Dictionary<string, string> { ["en"] = "Sahel dialogue summary", ["fr"] = "Résumé du dialogue sahélien" },
            ("reportType", "meetingSummary"),
            ("summary", PerCulture(("en", "What was said in Niamey."), ("fr", "Ce qui a été dit à Niamey."))),
            ("body", PerCulture(("en", "<p>Hello <strong>world</strong> & \"friends\"</p>"), ("fr", "<p>Bonjour</p>"))),
            ("keyFindings", new JsonObject { ["en"] = new JsonArray(new JsonObject { ["key"] = FindingBlock.ToString(), ["contentType"] = "keyFinding", ["values"] = new JsonObject { ["text"] = "Local ceasefires hold." } }) }),
            ("authors", new JsonArray(Person.ToString())),
            ("chathamHouse", true),
            ("meetingDate", "2024-04-20"),
            ("participantRoster", new JsonArray(new JsonObject { ["key"] = RosterBlock.ToString(), ["contentType"] = "rosterEntry", ["values"] = new JsonObject { ["fullName"] = "John Smith", ["affiliation"] = "Ministry of Defence", ["country"] = "ML" } })),
            ("internalNotes", "The host asked not to be named."),
            ("regions", new JsonArray("Africa")),
            ("countries", new JsonArray("ML", "NE")),
            ("conflicts", new JsonArray(Conflict.ToString())),
            ("conflictRegions", new JsonArray(Sahel.ToString())),
            ("initiative", DraftInitiative.ToString()),
            ("topics", new JsonArray("security", "dialogue")),
            ("publicationDate", "2024-05-01"),
            ("originalLanguage", "fr")), SahelReport);
        await Publish(SahelReport, "en", "fr");

        await Create("report", Reports, Report("Caucasus policy brief", "Options for the South Caucasus.", "policyBrief", "2025-02-01") with
        {
            Values = new Dictionary<string, JsonNode?>
            {
                ["reportType"] = "policyBrief",
                ["summary"] = EnText("Options for the South Caucasus."),
                ["publicationDate"] = "2025-02-01",
                ["countries"] = new JsonArray("AM", "AZ"),
                ["regions"] = new JsonArray("Asia"),
            },
        }, CaucasusReport);
        await Publish(CaucasusReport);

        await Create("report", Reports, Report("Draft report", "Not ready.", "researchPaper", "2025-06-01"), DraftReport);

        await Create("report", Reports, Report("Withdrawn report", "Withdrawn.", "researchPaper", "2023-01-10"), TrashedReport);
        await Publish(TrashedReport);
        var trashed = await Run(c => c.TrashAsync(TrashedReport, Editor));
        Assert.True(trashed.Succeeded);

        await Create("report", Reports, Report("Old title", "Renamed later.", "proposalToGovernments", "2023-09-01"), RenamedReport);
        await Publish(RenamedReport);
        var version = await Run(async c =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ICDiplomacy.Web.Data.CmsDbContext>();
            return db.Documents.Single(d => d.Key == RenamedReport).LatestVersion;
        });
        var saved = await Run(c => c.SaveAsync(RenamedReport, version, Report("Proposal to governments", "Renamed later.", "proposalToGovernments", "2023-09-01"), Editor));
        Assert.True(saved.Succeeded, saved.Message);
        await Publish(RenamedReport);
    }

    private static Guid Key(int n) => Guid.Parse($"1cd10000-0000-4000-8000-{n:x12}");
}
