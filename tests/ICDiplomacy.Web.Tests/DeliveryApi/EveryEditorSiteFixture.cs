using System.Text.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.DeliveryApi;
using ICDiplomacy.Web.DeliveryApi.Rendering;
using ICDiplomacy.Web.Media;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>
/// The <see cref="DeliverySite"/> plus one document of a test-only type, <c>everyEditor</c>, that uses every
/// property editor the server knows, with values chosen to exercise escaping, dates, numbers, pickers, blocks,
/// links and media (through a fixed media resolver, so the body has no upload-dependent ids).
/// </summary>
public class EveryEditorSiteFixture : IAsyncLifetime
{
    public static readonly Guid Document = Guid.Parse("1cd10000-0000-4000-8000-0000000000e1");
    public static readonly Guid Block = Guid.Parse("1cd10000-0000-4000-8000-0000000000e2");
    public static readonly Guid PickedImage = Guid.Parse("1cd10000-0000-4000-8000-0000000000f1");
    public static readonly Guid PickedPdf = Guid.Parse("1cd10000-0000-4000-8000-0000000000f2");
    public static readonly Guid MissingMedia = Guid.Parse("1cd10000-0000-4000-8000-0000000000f3");

    private readonly string _schemaDirectory = Path.Combine(Path.GetTempPath(), "icd-tests", "schema-" + Guid.NewGuid().ToString("N"));

    public DeliveryFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Settings on top of the fixture's own (a subclass may switch rich text to JSON).</summary>
    private protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        WriteSchema(_schemaDirectory);
        var settings = new Dictionary<string, string?>(ExtraSettings) { ["Cms:SchemaDirectory"] = _schemaDirectory };
        (Factory, Client) = await DeliveryFactory.StartAsync(settings, services =>
        {
            services.RemoveAll<IMediaPickerResolver>();
            services.AddSingleton<IMediaPickerResolver, FixedMediaResolver>();
        });

        var created = await Factory.WithContentAsync(c => c.CreateAsync("everyEditor", DeliverySite.Home, Edit(
            new Dictionary<string, string> { ["en"] = "Every editor", ["fr"] = "Tous les éditeurs" },
            ("title", PerCulture(("en", "Café <b>&</b> \"quoted\" 'single' \\ / \t – 😀 \u2028 end"), ("fr", "Titre français"))),
            ("intro", "Line one\nLine two\r\nLine three"),
            ("notes", "# Heading\n\nSome *emphasis*, a [link](https://example.org/?a=1&b=2) and <script>alert(1)</script>."),
            ("body", PerCulture(("en", "<p>Hello <strong>world</strong> &amp; <a href=\"/people/\" title=\"Our &quot;people&quot;\">people</a></p><ul><li>one</li><li>two</li></ul>"), ("fr", "<p>Bonjour</p>"))),
            ("startsAt", "2024-04-20T14:30:15+02:00"),
            ("day", "2024-05-01"),
            ("count", 42),
            ("ratio", JsonNode.Parse("12.50")),
            ("flag", true),
            ("status", "active"),
            ("countries", new JsonArray("ML", "NE")),
            ("tags", new JsonArray("dialogue", "Ünïcödé", "a&b")),
            ("images", new JsonArray(
                new JsonObject { ["mediaKey"] = PickedImage.ToString(), ["focalPoint"] = new JsonObject { ["left"] = JsonNode.Parse("0.70"), ["top"] = 0.25m } },
                new JsonObject { ["mediaKey"] = PickedPdf.ToString() },
                new JsonObject { ["mediaKey"] = MissingMedia.ToString() })),
            ("related", DeliverySite.CaucasusReport.ToString()),
            ("relatedDraft", DeliverySite.DraftReport.ToString()),
            ("people", new JsonArray(DeliverySite.Person.ToString(), DeliverySite.DraftReport.ToString(), DeliverySite.SahelReport.ToString())),
            ("blocks", new JsonArray(new JsonObject
            {
                ["key"] = Block.ToString(),
                ["contentType"] = "everyEditorBlock",
                ["values"] = new JsonObject { ["heading"] = "Block \"heading\"", ["person"] = DeliverySite.Person.ToString(), ["secret"] = "Never in a block either." },
            })),
            ("links", new JsonArray(
                new JsonObject { ["title"] = "Our people", ["contentKey"] = DeliverySite.People.ToString() },
                new JsonObject { ["title"] = "Partner <site>", ["url"] = "https://partner.example/path?x=1&y=é", ["target"] = "_blank" },
                new JsonObject { ["title"] = "A draft", ["contentKey"] = DeliverySite.DraftReport.ToString() },
                new JsonObject { ["url"] = "https://untitled.example/" })),
            ("secret", "The host asked not to be named.")), DeliverySite.Editor, Document));
        Assert.True(created.Succeeded, $"{created.Message} {string.Join("; ", created.Errors.Select(e => $"{e.Property}/{e.Culture}: {e.Message}"))}");

        // English only: French stays a draft, so its route is a preview route and public cultures list English alone.
        var published = await Factory.WithContentAsync(c => c.PublishAsync(Document, ["en"], DeliverySite.Editor));
        Assert.True(published.Succeeded, published.Message);
        await Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        try
        {
            Directory.Delete(_schemaDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    /// <summary>The shipped schema, with <c>everyEditor</c> allowed under home and its block element type added.</summary>
    private static void WriteSchema(string target)
    {
        var source = ICDiplomacy.Web.Common.RepoLayout.FindFolder("content-schema", AppContext.BaseDirectory);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var homePath = Path.Combine(target, "document-types", "home.json");
        var home = JsonNode.Parse(File.ReadAllText(homePath))!;
        home["allowedChildTypes"]!.AsArray().Add("everyEditor");
        File.WriteAllText(homePath, home.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        File.WriteAllText(Path.Combine(target, "document-types", "everyEditor.json"), """
            {
              "alias": "everyEditor",
              "name": "Every editor",
              "allowedAtRoot": false,
              "compositions": [],
              "variesByCulture": true,
              "properties": [
                { "alias": "title", "name": "Title", "dataType": "textstring", "variesByCulture": true },
                { "alias": "intro", "name": "Intro", "dataType": "textarea" },
                { "alias": "notes", "name": "Notes", "editor": "Umbraco.MarkdownEditor", "config": {} },
                { "alias": "body", "name": "Body", "dataType": "richText", "variesByCulture": true },
                { "alias": "emptyBody", "name": "Empty body", "dataType": "richText" },
                { "alias": "startsAt", "name": "Starts at", "editor": "Umbraco.DateTime", "config": { "includeTime": true } },
                { "alias": "day", "name": "Day", "editor": "Umbraco.DateTime", "config": { "includeTime": false } },
                { "alias": "noDate", "name": "No date", "editor": "Umbraco.DateTime", "config": {} },
                { "alias": "count", "name": "Count", "editor": "Umbraco.Integer", "config": {} },
                { "alias": "noCount", "name": "No count", "editor": "Umbraco.Integer", "config": {} },
                { "alias": "ratio", "name": "Ratio", "editor": "Umbraco.Decimal", "config": {} },
                { "alias": "flag", "name": "Flag", "dataType": "trueFalse" },
                { "alias": "flagByDefault", "name": "Flag by default", "editor": "Umbraco.TrueFalse", "config": { "default": true } },
                { "alias": "status", "name": "Status", "editor": "Umbraco.DropDown.Flexible", "config": { "items": ["draft", "active"] } },
                { "alias": "noStatus", "name": "No status", "editor": "Umbraco.DropDown.Flexible", "config": { "items": ["draft", "active"] } },
                { "alias": "countries", "name": "Countries", "dataType": "countries" },
                { "alias": "tags", "name": "Tags", "editor": "Umbraco.Tags", "config": {} },
                { "alias": "noTags", "name": "No tags", "editor": "Umbraco.Tags", "config": {} },
                { "alias": "images", "name": "Images", "editor": "Umbraco.MediaPicker3", "config": { "multiple": true } },
                { "alias": "related", "name": "Related", "editor": "Umbraco.ContentPicker", "config": {} },
                { "alias": "relatedDraft", "name": "Related draft", "editor": "Umbraco.ContentPicker", "config": {} },
                { "alias": "people", "name": "People", "editor": "Umbraco.MultiNodeTreePicker", "config": {} },
                { "alias": "blocks", "name": "Blocks", "editor": "Umbraco.BlockList", "config": { "blocks": [{ "contentElementType": "everyEditorBlock" }] } },
                { "alias": "noBlocks", "name": "No blocks", "editor": "Umbraco.BlockList", "config": { "blocks": [{ "contentElementType": "everyEditorBlock" }] } },
                { "alias": "links", "name": "Links", "editor": "Umbraco.MultiUrlPicker", "config": {} },
                { "alias": "secret", "name": "Secret", "dataType": "textstring", "sensitive": true }
              ]
            }
            """);
        File.WriteAllText(Path.Combine(target, "element-types", "everyEditorBlock.json"), """
            {
              "alias": "everyEditorBlock",
              "name": "Every editor block",
              "compositions": [],
              "variesByCulture": false,
              "properties": [
                { "alias": "heading", "name": "Heading", "dataType": "textstring" },
                { "alias": "person", "name": "Person", "editor": "Umbraco.ContentPicker", "config": {} },
                { "alias": "secret", "name": "Secret", "dataType": "textstring", "sensitive": true }
              ]
            }
            """);
    }

    /// <summary>Two media items in the shape the real resolver gives (its serialiser settings); any other key is unknown.</summary>
    private sealed class FixedMediaResolver : IMediaPickerResolver
    {
        private static readonly MediaPickerItem[] Items =
        [
            new(new ImageFocalPoint(0.5, 0.5), [new ImageCrop("teaser", 800, 450, null), new ImageCrop("square", 400, 400, new ImageCropCoordinates(0.1, 0.2, 0.3, 0.4))], PickedImage, "Niamey <meeting> & \"talks\"", "Image", "/media/abc/niamey meeting.jpg", "jpg", 1600, 900, 123456, new Dictionary<string, object?> { ["caption"] = "Élan", ["credit"] = null }),
            new(null, [], PickedPdf, "Report.pdf", "File", "/media/def/report.pdf", "pdf", null, null, 2048, new Dictionary<string, object?>()),
        ];

        public Task<IReadOnlyDictionary<Guid, JsonObject>> ResolveAsync(IReadOnlyCollection<Guid> mediaKeys, DeliveryRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<Guid, JsonObject>>(Items.Where(i => mediaKeys.Contains(i.Id))
                .ToDictionary(i => i.Id, i => JsonSerializer.SerializeToNode(i, DeliveryJson.Options)!.AsObject()));
    }
}
