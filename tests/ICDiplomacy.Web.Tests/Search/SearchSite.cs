using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Search;
using ICDiplomacy.Web.Tests.Infrastructure;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Search;

/// <summary>
/// A small published site for search tests: conflicts, a conflict region, an initiative and reports in several
/// languages, one unpublished draft, and confidential values that must never be found.
/// </summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string Editor = "editor@test";
    public const string RosterName = "Wilhelmina Quastenbrook";
    public const string NotesWord = "Zxqvirtu";
    public const string DraftWord = "Quorvex";

    public CmsHarness Cms { get; private set; } = null!;
    public Guid Home { get; private set; }
    public Guid Reports { get; private set; }
    public Guid Conflicts { get; private set; }
    public Guid IndiaPakistan { get; private set; }
    public Guid Nagorno { get; private set; }
    public Guid SouthCaucasus { get; private set; }
    public Guid Initiative { get; private set; }
    public Guid Kartarpur { get; private set; }
    public Guid Sudan { get; private set; }
    public Guid Caucasus { get; private set; }
    public Guid Contact { get; private set; }
    public Guid Sahel { get; private set; }
    public Guid Draft { get; private set; }

    public async Task InitializeAsync()
    {
        Cms = await StartAsync();
        await BuildAsync(this);
    }

    public async Task DisposeAsync() => await Cms.DisposeAsync();

    public static async Task<CmsHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        // Tests share one client address; only the rate-limit test wants the real limit.
        var merged = new Dictionary<string, string?> { ["Search:RateLimitPermits"] = "100000" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            merged[k] = v;
        }

        var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite, merged);
        await cms.Get<SearchIndexManager>().WhenIdleAsync();
        return cms;
    }

    /// <summary>Delivers pending outbox messages now, as the dispatcher does after each commit.</summary>
    public static async Task SyncAsync(CmsHarness cms)
    {
        await cms.Get<SearchIndexManager>().WhenIdleAsync();
        await cms.Get<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    public SearchResponse Search(string query) => Search(Cms, query);

    public static SearchResponse Search(CmsHarness cms, string query)
    {
        var (request, errors) = cms.Get<SearchRequestParser>().Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        Assert.True(request is not null, "invalid request: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        var (response, searchErrors) = cms.Get<SearchService>().Search(request!);
        Assert.True(response is not null, "search refused: " + string.Join("; ", searchErrors?.Keys.ToArray() ?? []));
        return response!;
    }

    public static async Task<Guid> CreateAsync(CmsHarness cms, string type, Guid? parent, DocumentEdit edit, bool publish = true)
    {
        var created = await cms.Content.CreateAsync(type, parent, edit, Editor);
        Assert.True(created.Succeeded, $"create {type}: {created.Message} {string.Join("; ", created.Errors.Select(e => $"{e.Property}/{e.Culture}: {e.Message}"))}");
        if (publish)
        {
            var published = await cms.Content.PublishAsync(created.Key!.Value, null, Editor);
            Assert.True(published.Succeeded, $"publish {type}: {published.Message} {string.Join("; ", published.Errors.Select(e => $"{e.Property}/{e.Culture}: {e.Message}"))}");
        }

        return created.Key!.Value;
    }

    public static async Task<(Guid Home, Guid Reports)> SkeletonAsync(CmsHarness cms)
    {
        // Every culture is live on the ancestors, so translated reports get routes (and so enter the public index).
        string[] all = ["en", "fr", "es", "ru", "ar", "zh"];
        var home = await CreateAsync(cms, "home", null, Edit(all.ToDictionary(c => c, c => "Home " + c),
            ("heroTitle", PerCulture(all.Select(c => (c, "Dialogue " + c)).ToArray()))));
        var reports = await CreateAsync(cms, "reportsListing", home, Edit(all.ToDictionary(c => c, c => "Reports " + c)));
        return (home, reports);
    }

    public static JsonArray Array(params string[] values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static DocumentEdit ReportEdit(
        IReadOnlyDictionary<string, string> names,
        string type,
        string date,
        JsonObject summary,
        JsonArray? countries = null,
        JsonArray? regions = null,
        JsonArray? conflicts = null,
        Guid? initiative = null,
        JsonObject? body = null,
        params (string Alias, JsonNode? Value)[] more)
    {
        var values = new List<(string, JsonNode?)> { ("reportType", type), ("publicationDate", date), ("summary", summary) };
        if (countries is not null)
        {
            values.Add(("countries", countries));
        }

        if (regions is not null)
        {
            values.Add(("regions", regions));
        }

        if (conflicts is not null)
        {
            values.Add(("conflicts", conflicts));
        }

        if (initiative is { } i)
        {
            values.Add(("initiative", i.ToString()));
        }

        if (body is not null)
        {
            values.Add(("body", body));
        }

        values.AddRange(more);
        return Edit(names, values.ToArray());
    }

    private static async Task BuildAsync(SearchSite site)
    {
        var cms = site.Cms;
        (site.Home, site.Reports) = await SkeletonAsync(cms);
        site.Conflicts = await CreateAsync(cms, "conflictsListing", site.Home, Listing("Conflicts"));
        site.IndiaPakistan = await CreateAsync(cms, "conflict", site.Conflicts, En("India–Pakistan",
            ("conflictType", "interstate"), ("status", "frozen"), ("summary", EnText("A territorial dispute over Kashmir.")), ("locationCountries", Array("IN", "PK"))));
        site.Nagorno = await CreateAsync(cms, "conflict", site.Conflicts, En("Armenia–Azerbaijan",
            ("conflictType", "interstate"), ("status", "deEscalating"), ("summary", EnText("Border delimitation after the 2023 exodus.")), ("locationCountries", Array("AM", "AZ"))));
        site.SouthCaucasus = await CreateAsync(cms, "conflictRegion", site.Conflicts, En("South Caucasus",
            ("countries", Array("AM", "AZ", "GE")), ("description", EnText("Armenia, Azerbaijan and Georgia."))));
        var initiatives = await CreateAsync(cms, "initiativesListing", site.Home, Listing("Initiatives"));
        site.Initiative = await CreateAsync(cms, "initiative", initiatives, En("India–Pakistan Track II dialogue",
            ("status", "active"), ("summary", EnText("Retired officials meet around the Kartarpur corridor.")), ("conflict", site.IndiaPakistan.ToString())));

        site.Kartarpur = await CreateAsync(cms, "report", site.Reports, ReportEdit(
            new Dictionary<string, string> { ["en"] = "Kartārpur Corridor Dialogue", ["fr"] = "Dialogue du corridor de Kartārpur" },
            "meetingSummary", "2024-05-10",
            PerCulture(("en", "Pilgrims crossing the corridor & the <script>alert(1)</script> question of visas."),
                       ("fr", "Les pèlerins traversent le corridor ; la sécurité des visas reste ouverte.")),
            countries: Array("IN", "PK"), conflicts: Array(site.IndiaPakistan.ToString()), initiative: site.Initiative,
            body: PerCulture(("en", "<p>Participants discussed <strong>visa-free</strong> pilgrim travel and water sharing.</p>"), ("fr", "<p>Voyage sans visa.</p>")),
            more:
            [
                ("chathamHouse", true),
                ("internalNotes", $"Confidential: {NotesWord} asked not to be named."),
                ("participantRoster", new JsonArray(new JsonObject
                {
                    ["contentType"] = "rosterEntry",
                    ["values"] = new JsonObject { ["fullName"] = RosterName, ["affiliation"] = "Foreign Ministry", ["country"] = "PK" },
                })),
            ]));

        site.Sudan = await CreateAsync(cms, "report", site.Reports, ReportEdit(
            new Dictionary<string, string> { ["en"] = "Sudan civilian dialogue", ["ar"] = "الحوار المدني السوداني" },
            "policyBrief", "2025-02-01",
            PerCulture(("en", "Civilian protection in Darfur, with remarks by José Ramos."), ("ar", "حماية المدنيين في دارفور")),
            countries: Array("SD"), regions: Array("Africa")));

        site.Caucasus = await CreateAsync(cms, "report", site.Reports, ReportEdit(
            new Dictionary<string, string> { ["en"] = "Confidence building in the South Caucasus", ["zh"] = "南高加索建立信任" },
            "researchPaper", "2023-09-15",
            PerCulture(("en", "Border delimitation and confidence building measures between Armenia and Azerbaijan."), ("zh", "亚美尼亚和阿塞拜疆之间的边界划定和建立信任措施")),
            countries: Array("AM", "AZ"), conflicts: Array(site.Nagorno.ToString())));

        site.Contact = await CreateAsync(cms, "report", site.Reports, ReportEdit(
            new Dictionary<string, string> { ["en"] = "Russia–West contact group", ["ru"] = "Контактная группа Россия — Запад" },
            "proposalToGovernments", "2025-06-01",
            PerCulture(("en", "Proposals on arms control and crisis communication."), ("ru", "Предложения по контролю над вооружениями.")),
            countries: Array("RU"), regions: Array("Europe")));

        site.Sahel = await CreateAsync(cms, "report", site.Reports, ReportEdit(
            new Dictionary<string, string> { ["en"] = "Water and security in the Sahel" },
            "policyBrief", "2022-11-20",
            EnText("Pastoralists, water and security: a policy brief on the central Sahel corridor."),
            countries: Array("ML", "NE")));

        site.Draft = await CreateAsync(cms, "report", site.Reports, ReportEdit(
            new Dictionary<string, string> { ["en"] = $"Unpublished {DraftWord} draft" },
            "policyBrief", "2026-01-01",
            EnText($"Draft text about {DraftWord}.")), publish: false);

        await SyncAsync(cms);
    }
}
