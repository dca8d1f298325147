using System.Text.Json;
using System.Text.RegularExpressions;
using ICDiplomacy.Web.Cms.PropertyEditors;
using ICDiplomacy.Web.Cms.Schema;

namespace ICDiplomacy.Web.Tests.Cms.Schema;

public sealed class ContentSchemaLoaderTests : IDisposable
{
    private const string Report = "content-schema/document-types/report.json";
    private const string TextDataType = """{ "alias": "text", "name": "Text", "editor": "Umbraco.TextBox" }""";

    private static readonly string ShippedSchemaDirectory = Path.Combine(AppContext.BaseDirectory, "content-schema");
    private static readonly Lazy<ContentSchema> Shipped = new(() => ContentSchemaLoader.Load(ShippedSchemaDirectory));

    private readonly TempSchemaDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // ---- The shipped schema ----

    [Fact]
    public void ShippedSchema_loads_without_problems()
    {
        var schema = ContentSchemaLoader.Load(ShippedSchemaDirectory);

        Assert.True(schema.ContentTypes.Count >= 20);
        Assert.NotNull(schema.FindDataType("countries"));
    }

    [Fact]
    public void ShippedSchema_report_keeps_roster_and_internal_notes_sensitive()
    {
        var report = Shipped.Value.Get("report");

        var roster = report.FindProperty("participantRoster");
        Assert.NotNull(roster);
        Assert.True(roster.Sensitive);
        Assert.Equal(PropertyEditorAliases.BlockList, roster.EditorAlias);
        Assert.Equal("rosterEntry", roster.DataType.Configuration["blocks"]![0]!["contentElementType"]!.GetValue<string>());
        Assert.True(report.FindProperty("internalNotes")!.Sensitive);
        Assert.False(report.FindProperty("summary")!.Sensitive);
    }

    [Fact]
    public void ShippedSchema_report_has_the_publication_fields_the_site_filters_on()
    {
        var report = Shipped.Value.Get("report");

        Assert.Equal(
            ["meetingSummary", "policyBrief", "researchPaper", "proposalToGovernments"],
            report.FindProperty("reportType")!.DataType.GetStrings("items"));
        var summary = report.FindProperty("summary")!;
        Assert.True(summary.Mandatory);
        Assert.True(summary.Searchable);
        Assert.True(summary.VariesByCulture);
        Assert.Equal(PropertyEditorAliases.TextArea, summary.EditorAlias);
        foreach (var facet in (string[])["reportType", "regions", "countries", "conflicts", "initiative", "topics", "publicationDate"])
        {
            Assert.True(report.FindProperty(facet)!.Facet, $"{facet} should be a facet");
        }

        Assert.Equal("m49Regions", report.FindProperty("regions")!.DataType.GetString("itemsSource"));
        Assert.True(report.FindProperty("countries")!.DataType.GetBool("multiple"));
        Assert.Equal(["PDF"], report.FindProperty("attachments")!.DataType.GetStrings("filter"));
    }

    [Fact]
    public void ShippedSchema_report_lists_composition_properties_before_its_own()
    {
        var report = Shipped.Value.Get("report");

        Assert.Equal(["seoComposition", "listingTeaserComposition"], report.Compositions);
        Assert.Equal(
            ["metaTitle", "metaDescription", "noIndex", "teaserTitle", "teaserText", "teaserImage", "reportType"],
            report.Properties.Take(7).Select(p => p.Alias));
        Assert.Equal("seoComposition", report.FindProperty("metaDescription")!.DeclaringType);
        Assert.Equal(160, report.FindProperty("metaDescription")!.DataType.GetInt("maxChars"));
        Assert.Equal("report", report.FindProperty("summary")!.DeclaringType);
        Assert.Equal(Enumerable.Range(0, report.Properties.Count), report.Properties.Select(p => p.SortOrder));
    }

    [Fact]
    public void ShippedSchema_home_is_the_root_with_the_site_sections_below_it()
    {
        var schema = Shipped.Value;
        var home = schema.Get("home");

        Assert.True(home.AllowedAtRoot);
        Assert.Equal(
            ["page", "reportsListing", "initiativesListing", "conflictsListing", "peopleListing", "forumsListing", "dataFolder"],
            home.AllowedChildTypes);
        Assert.Equal(["home"], schema.ContentTypes.Where(t => t.AllowedAtRoot).Select(t => t.Alias));
        Assert.Equal(["report"], schema.Get("reportsListing").AllowedChildTypes);
        Assert.Equal(["forumSession"], schema.Get("forum").AllowedChildTypes);
        Assert.Equal(["region", "country", "conflictRegion"], schema.Get("dataFolder").AllowedChildTypes);
    }

    [Fact]
    public void ShippedSchema_every_document_type_except_compositions_is_reachable_from_home()
    {
        var schema = Shipped.Value;
        var reachable = new HashSet<string> { "home" };
        var queue = new Queue<string>(reachable);
        while (queue.TryDequeue(out var alias))
        {
            foreach (var child in schema.Get(alias).AllowedChildTypes.Where(reachable.Add))
            {
                queue.Enqueue(child);
            }
        }

        var compositions = schema.ContentTypes.SelectMany(t => t.Compositions).ToHashSet();
        var unreachable = schema.ContentTypes
            .Where(t => !t.IsElement && !compositions.Contains(t.Alias) && !reachable.Contains(t.Alias))
            .Select(t => t.Alias);
        Assert.Empty(unreachable);
    }

    [Fact]
    public void ShippedSchema_forumSession_has_schedule_registration_and_a_private_online_link()
    {
        var session = Shipped.Value.Get("forumSession");

        Assert.True(session.FindProperty("start")!.Mandatory);
        Assert.True(session.FindProperty("end")!.Mandatory);
        Assert.True(session.FindProperty("start")!.DataType.GetBool("includeTime", fallback: false));
        Assert.Equal(
            ["plenary", "panel", "roundtable", "workshop", "closedDoor"],
            session.FindProperty("format")!.DataType.GetStrings("items"));
        Assert.Equal(0, session.FindProperty("capacity")!.DataType.GetInt("min"));
        Assert.Equal(["person"], session.FindProperty("speakers")!.DataType.GetStrings("allowedTypes"));
        Assert.Equal(PropertyEditorAliases.Tags, session.FindProperty("interpretationLanguages")!.EditorAlias);
        foreach (var alias in (string[])["registrationOpens", "registrationCloses", "chathamHouse", "conflicts", "venueRoom", "timeZone"])
        {
            Assert.NotNull(session.FindProperty(alias));
        }

        Assert.True(session.FindProperty("onlineLink")!.Sensitive);
    }

    [Theory]
    [InlineData("Europe/Zurich", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("Etc/GMT+3", true)]
    [InlineData("UTC", true)]
    [InlineData("europe/zurich", false)]
    [InlineData("GMT+3", false)]
    [InlineData("Europe/Zurich; DROP", false)]
    public void ShippedSchema_forum_time_zone_accepts_only_IANA_names(string value, bool valid)
    {
        var pattern = Shipped.Value.Get("forum").FindProperty("timeZone")!.ValidationRegex!;

        Assert.Equal(valid, Regex.IsMatch(value, pattern));
    }

    [Fact]
    public void ShippedSchema_element_types_are_flagged_and_only_used_as_blocks()
    {
        var schema = Shipped.Value;

        foreach (var alias in (string[])["keyFinding", "rosterEntry", "expertGroupMember", "conflictParty"])
        {
            var type = schema.Get(alias);
            Assert.True(type.IsElement, $"{alias} should be an element type");
            Assert.False(type.AllowedAtRoot);
        }

        Assert.False(schema.Get("report").IsElement);
        Assert.Equal("expertGroupMember", schema.Get("initiative").FindProperty("expertGroup")!.DataType.Configuration["blocks"]![0]!["contentElementType"]!.GetValue<string>());
        Assert.True(schema.Get("initiative").FindProperty("expertGroup")!.Sensitive);
    }

    [Fact]
    public void ShippedSchema_inline_editor_becomes_an_anonymous_data_type()
    {
        var summary = Shipped.Value.Get("report").FindProperty("summary")!;

        Assert.Equal("report.summary", summary.DataType.Alias);
        Assert.Equal("", summary.DataType.SourceFile);
        Assert.Null(Shipped.Value.FindDataType("report.summary"));
        Assert.Equal("content-schema/data-types/countries.json", Shipped.Value.Get("report").FindProperty("countries")!.DataType.SourceFile);
    }

    [Fact]
    public void JsonSchemaFiles_are_valid_json_for_draft_2020_12()
    {
        foreach (var name in (string[])["content-type.schema.json", "data-type.schema.json"])
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedSchemaDirectory, "schema", name)));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Fact]
    public void JsonSchema_editor_list_matches_PropertyEditorAliases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedSchemaDirectory, "schema", "data-type.schema.json")));

        var editors = document.RootElement.GetProperty("$defs").GetProperty("editor").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(PropertyEditorAliases.All.Order(StringComparer.Ordinal), editors);
    }

    [Theory]
    [InlineData("document-types", "../schema/content-type.schema.json")]
    [InlineData("element-types", "../schema/content-type.schema.json")]
    [InlineData("data-types", "../schema/data-type.schema.json")]
    public void ShippedTypeFiles_name_their_json_schema(string folder, string expectedSchema)
    {
        var files = Directory.GetFiles(Path.Combine(ShippedSchemaDirectory, folder), "*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var first = document.RootElement.EnumerateObject().First();
            Assert.True(first is { Name: "$schema" } && first.Value.GetString() == expectedSchema, $"{file} should start with \"$schema\": \"{expectedSchema}\"");
        }
    }

    [Fact]
    public void Readme_documents_every_editor()
    {
        var readme = File.ReadAllText(Path.Combine(ShippedSchemaDirectory, "README.md"));

        Assert.All(PropertyEditorAliases.All, editor => Assert.Contains($"`{editor}`", readme, StringComparison.Ordinal));
    }

    // ---- Resolution ----

    [Fact]
    public void Load_resolves_compositions_recursively_then_own_properties()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("base", Type("base", Prop("baseProp")))
            .DocumentType("middle", Type("middle", Prop("middleProp"), """ "compositions": ["base"] """))
            .DocumentType("other", Type("other", Prop("otherProp")))
            .DocumentType("page", Type("page", Prop("own", """ "editor": "Umbraco.TextArea", "config": { "rows": 3 } """),
                """ "allowedAtRoot": true, "compositions": ["middle", "other"] """));

        var page = _dir.Load().Get("page");

        Assert.Equal(["baseProp", "middleProp", "otherProp", "own"], page.Properties.Select(p => p.Alias));
        Assert.Equal(["base", "middle", "other", "page"], page.Properties.Select(p => p.DeclaringType));
        Assert.Equal([0, 1, 2, 3], page.Properties.Select(p => p.SortOrder));
        Assert.Equal("page.own", page.FindProperty("own")!.DataType.Alias);
        Assert.Equal(3, page.FindProperty("own")!.DataType.GetInt("rows"));
        Assert.Equal("text", page.FindProperty("baseProp")!.DataType.Alias);
    }

    [Fact]
    public void Load_includes_a_composition_reached_twice_only_once()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("shared", Type("shared", Prop("sharedProp")))
            .DocumentType("left", Type("left", Prop("leftProp"), """ "compositions": ["shared"] """))
            .DocumentType("right", Type("right", Prop("rightProp"), """ "compositions": ["shared"] """))
            .DocumentType("page", Type("page", "", """ "compositions": ["left", "right"] """));

        var page = _dir.Load().Get("page");

        Assert.Equal(["sharedProp", "leftProp", "rightProp"], page.Properties.Select(p => p.Alias));
    }

    [Fact]
    public void Load_reads_flags_and_element_types()
    {
        _dir.DataType("text", TextDataType)
            .ElementType("entry", Type("entry", Prop("name", """ "dataType": "text", "sensitive": true, "mandatory": true, "mandatoryMessage": "Name it" """)))
            .DocumentType("page", Type("page",
                Prop("title", """ "dataType": "text", "variesByCulture": true, "searchable": true, "facet": true, "group": "Main", "validation": { "regex": "^[A-Z]", "message": "Capital" } """),
                """ "variesByCulture": true, "icon": "icon-home", "description": "A page" """));

        var schema = _dir.Load();
        var title = schema.Get("page").FindProperty("title")!;
        var name = schema.Get("entry").FindProperty("name")!;

        Assert.True(schema.Get("entry").IsElement);
        Assert.Equal("content-schema/element-types/entry.json", schema.Get("entry").SourceFile);
        Assert.True(name.Sensitive && name.Mandatory);
        Assert.Equal("Name it", name.MandatoryMessage);
        Assert.Equal("Content", name.Group);
        Assert.True(title.VariesByCulture && title.Searchable && title.Facet);
        Assert.Equal(("Main", "^[A-Z]", "Capital"), (title.Group, title.ValidationRegex, title.ValidationRegexMessage));
        Assert.Equal(("icon-home", "A page", true), (schema.Get("page").Icon, schema.Get("page").Description, schema.Get("page").VariesByCulture));
    }

    // ---- Problems: files and fields ----

    [Fact]
    public void Load_with_malformed_json_reports_file_and_line()
    {
        _dir.DocumentType("report", "{\n  \"alias\": \"report\",\n  \"name\": \"Report\"\n  \"icon\": \"icon-x\"\n}");

        var problem = Assert.Single(_dir.LoadFails().Problems);

        Assert.Equal(Report, problem.File);
        Assert.StartsWith("malformed JSON at line 4:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_with_a_value_of_the_wrong_type_reports_line_and_path()
    {
        _dir.DocumentType("report", "{\n  \"alias\": \"report\",\n  \"name\": \"Report\",\n  \"allowedAtRoot\": \"yes\"\n}");

        var problem = Assert.Single(_dir.LoadFails().Problems);

        Assert.StartsWith("malformed JSON at line 4 ($.allowedAtRoot):", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Boolean", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_with_a_duplicate_json_key_reports_it()
    {
        _dir.DocumentType("report", """{ "alias": "report", "name": "Report", "name": "Again" }""");

        var problem = Assert.Single(_dir.LoadFails().Problems);

        Assert.Contains("Duplicate property 'name'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_with_missing_type_name_reports_it()
    {
        _dir.DocumentType("report", """{ "alias": "report", "name": " " }""");

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report': missing required field 'name'");
    }

    [Fact]
    public void Load_with_missing_type_alias_reports_it_by_file()
    {
        _dir.DocumentType("report", """{ "name": "Report" }""");

        AssertOnly(_dir.LoadFails(), $"{Report}: missing required field 'alias'");
    }

    [Fact]
    public void Load_with_missing_property_name_reports_type_and_property()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("report", Type("report", """{ "alias": "summary", "dataType": "text" }"""));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'summary': missing required field 'name'");
    }

    [Fact]
    public void Load_with_missing_property_alias_reports_its_index()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("report", Type("report", Prop("title") + """, { "name": "Summary", "dataType": "text" }"""));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report': properties[1]: missing required field 'alias'");
    }

    [Fact]
    public void Load_with_data_type_missing_editor_reports_it()
    {
        _dir.DataType("text", """{ "alias": "text", "name": "Text" }""");

        AssertOnly(_dir.LoadFails(), "content-schema/data-types/text.json: data type 'text': missing required field 'editor'");
    }

    [Fact]
    public void Load_with_alias_not_camelCase_reports_it()
    {
        _dir.DocumentType("Report", Type("Report"));

        AssertOnly(_dir.LoadFails(),
            "content-schema/document-types/Report.json: type 'Report': alias 'Report' is not camelCase (a lower-case letter, then letters and digits)");
    }

    [Fact]
    public void Load_with_property_alias_not_camelCase_reports_it()
    {
        _dir.DataType("text", TextDataType).DocumentType("report", Type("report", Prop("meta_title")));

        AssertOnly(_dir.LoadFails(),
            $"{Report}: type 'report', property 'meta_title': alias 'meta_title' is not camelCase (a lower-case letter, then letters and digits)");
    }

    [Fact]
    public void Load_with_alias_ending_in_a_newline_reports_it_as_not_camelCase()
    {
        _dir.DocumentType("report", """{ "alias": "report\n", "name": "Report" }""");

        Assert.Contains(_dir.LoadFails().Problems, p => p.Message.StartsWith("alias 'report\n' is not camelCase", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_with_alias_not_matching_the_file_name_reports_it()
    {
        _dir.DocumentType("report", Type("reports"));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'reports': alias 'reports' does not match the file name 'report.json'");
    }

    [Fact]
    public void Load_with_unknown_top_level_key_reports_the_typo()
    {
        _dir.DocumentType("report", Type("report", "", """ "allowedChildren": [] """));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report': unknown field 'allowedChildren'");
    }

    [Fact]
    public void Load_with_unknown_property_key_reports_the_typo()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("report", Type("report", Prop("summary", """ "dataType": "text", "mandatroy": true, "validation": { "regexp": "x" } """)));

        var ex = _dir.LoadFails();

        Assert.Equal(2, ex.Problems.Count);
        AssertHas(ex, $"{Report}: type 'report', property 'summary': unknown field 'mandatroy'");
        AssertHas(ex, $"{Report}: type 'report', property 'summary': unknown field 'validation.regexp'");
    }

    [Fact]
    public void Load_of_a_missing_directory_reports_it()
    {
        var ex = Assert.Throws<ContentSchemaException>(() => ContentSchemaLoader.Load(Path.Combine(_dir.Root, "nowhere")));

        Assert.Contains("does not exist", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    // ---- Problems: editors and data types ----

    [Fact]
    public void Load_with_unknown_editor_names_file_type_property_and_editor()
    {
        _dir.DocumentType("report", Type("report", Prop("summary", """ "editor": "Umbraco.Foo" """)));

        var ex = _dir.LoadFails();

        AssertOnly(ex, "content-schema/document-types/report.json: type 'report', property 'summary': unknown editor 'Umbraco.Foo'");
        Assert.Equal(new SchemaProblem(Report, "report", "summary", "unknown editor 'Umbraco.Foo'"), ex.Problems[0]);
    }

    [Fact]
    public void Load_with_unknown_editor_in_a_data_type_reports_it()
    {
        _dir.DataType("text", """{ "alias": "text", "name": "Text", "editor": "Umbraco.Textbox" }""");

        AssertOnly(_dir.LoadFails(), "content-schema/data-types/text.json: data type 'text': unknown editor 'Umbraco.Textbox'");
    }

    [Fact]
    public void Load_with_both_dataType_and_editor_reports_it()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("report", Type("report", Prop("summary", """ "dataType": "text", "editor": "Umbraco.TextBox" """)));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'summary': sets both 'dataType' and 'editor'; use one");
    }

    [Fact]
    public void Load_with_neither_dataType_nor_editor_reports_it()
    {
        _dir.DocumentType("report", Type("report", Prop("summary", """ "mandatory": true """)));

        AssertOnly(_dir.LoadFails(),
            $"{Report}: type 'report', property 'summary': needs either 'dataType' (a data-types alias) or 'editor' (an editor alias)");
    }

    [Fact]
    public void Load_with_unknown_dataType_reports_it()
    {
        _dir.DocumentType("report", Type("report", Prop("summary", """ "dataType": "textstrng" """)));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'summary': unknown dataType 'textstrng'");
    }

    [Fact]
    public void Load_with_config_beside_dataType_reports_it()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("report", Type("report", Prop("summary", """ "dataType": "text", "config": { "maxChars": 5 } """)));

        AssertOnly(_dir.LoadFails(),
            $"{Report}: type 'report', property 'summary': 'config' is only allowed with 'editor'; data type 'text' has its own config");
    }

    [Fact]
    public void Load_with_invalid_regex_reports_it()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("report", Type("report", Prop("doi", """ "dataType": "text", "validation": { "regex": "^10\\.(\\d+$" } """)));

        var problem = Assert.Single(_dir.LoadFails().Problems);

        Assert.Equal(("report", "doi"), (problem.TypeAlias, problem.PropertyAlias));
        Assert.StartsWith(@"invalid validation regex '^10\.(\d+$':", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_with_non_boolean_multiple_reports_the_value()
    {
        _dir.DataType("countries", """{ "alias": "countries", "name": "Countries", "editor": "Umbraco.DropDown.Flexible", "config": { "itemsSource": "countries", "multiple": "yes" } }""");

        AssertOnly(_dir.LoadFails(), "content-schema/data-types/countries.json: data type 'countries': config 'multiple' must be true or false, not \"yes\"");
    }

    [Fact]
    public void Load_with_min_greater_than_max_reports_both()
    {
        _dir.DocumentType("forum", Type("forum", Prop("year", """ "editor": "Umbraco.Integer", "config": { "min": 2100, "max": 2000 } """)));

        AssertOnly(_dir.LoadFails(), "content-schema/document-types/forum.json: type 'forum', property 'year': config 'min' (2100) is greater than 'max' (2000)");
    }

    [Fact]
    public void Load_with_picker_minNumber_greater_than_maxNumber_reports_it()
    {
        _dir.DocumentType("page", Type("page", Prop("related", """ "editor": "Umbraco.MultiNodeTreePicker", "config": { "minNumber": 3, "maxNumber": 1 } """)));

        AssertOnly(_dir.LoadFails(),
            "content-schema/document-types/page.json: type 'page', property 'related': config 'minNumber' (3) is greater than 'maxNumber' (1)");
    }

    [Theory]
    [InlineData("Umbraco.TextBox", """{ "maxChars": "160" }""", "config 'maxChars' must be a whole number, not \"160\"")]
    [InlineData("Umbraco.TextArea", """{ "rows": 0 }""", "config 'rows' must be at least 1, not 0")]
    [InlineData("Umbraco.DateTime", """{ "includeTime": 1 }""", "config 'includeTime' must be true or false, not 1")]
    [InlineData("Umbraco.Decimal", """{ "step": 0 }""", "config 'step' must be greater than 0, not 0")]
    [InlineData("Umbraco.Tags", """{ "group": "" }""", "config 'group' must be a non-empty string, not \"\"")]
    [InlineData("Umbraco.MediaPicker3", """{ "filter": ["Video"] }""", "config 'filter' names unknown media type 'Video' (known: Image, File, PDF)")]
    [InlineData("Umbraco.MediaPicker3", """{ "crops": [{ "alias": "wide", "width": 0, "height": 9 }] }""", "config 'crops[0].width' must be at least 1, not 0")]
    [InlineData("Umbraco.BlockList", """{ "blocks": [] }""", "config 'blocks' must be a non-empty array of { contentElementType, settingsElementType? }")]
    [InlineData("Umbraco.TrueFalse", """{ "maxChars": 3 }""", "unknown config key 'maxChars' for Umbraco.TrueFalse (known: default)")]
    [InlineData("Umbraco.RichText", """[1]""", "'config' must be a JSON object, not array")]
    public void Load_with_invalid_config_value_reports_it(string editor, string config, string message)
    {
        _dir.DocumentType("page", Type("page", Prop("field", $$""" "editor": "{{editor}}", "config": {{config}} """)));

        AssertOnly(_dir.LoadFails(), $"content-schema/document-types/page.json: type 'page', property 'field': {message}");
    }

    [Fact]
    public void Load_with_dropdown_without_items_or_source_reports_it()
    {
        _dir.DataType("status", """{ "alias": "status", "name": "Status", "editor": "Umbraco.DropDown.Flexible", "config": { "multiple": false } }""");

        AssertOnly(_dir.LoadFails(),
            "content-schema/data-types/status.json: data type 'status': a dropdown needs config 'items' or 'itemsSource' (countries, m49Regions)");
    }

    [Fact]
    public void Load_with_dropdown_unknown_items_source_reports_it()
    {
        _dir.DataType("status", """{ "alias": "status", "name": "Status", "editor": "Umbraco.DropDown.Flexible", "config": { "itemsSource": "regions" } }""");

        AssertOnly(_dir.LoadFails(),
            "content-schema/data-types/status.json: data type 'status': unknown config 'itemsSource' 'regions' (known: countries, m49Regions)");
    }

    [Fact]
    public void Load_with_variant_property_on_invariant_type_reports_it()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("report", Type("report", Prop("summary", """ "dataType": "text", "variesByCulture": true """)));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'summary': varies by culture, but type 'report' does not");
    }

    [Fact]
    public void Load_with_variant_composition_property_on_invariant_type_reports_it()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("seo", Type("seo", Prop("metaTitle", """ "dataType": "text", "variesByCulture": true """), """ "variesByCulture": true """))
            .DocumentType("report", Type("report", "", """ "compositions": ["seo"] """));

        AssertOnly(_dir.LoadFails(),
            $"{Report}: type 'report', property 'metaTitle': varies by culture (from composition 'seo'), but type 'report' does not");
    }

    // ---- Problems: references between types ----

    [Fact]
    public void Load_with_duplicate_type_alias_across_folders_reports_both_files()
    {
        _dir.DocumentType("report", Type("report")).ElementType("report", Type("report"));

        AssertOnly(_dir.LoadFails(),
            "content-schema/element-types/report.json: type 'report': type alias 'report' is already used by content-schema/document-types/report.json");
    }

    [Fact]
    public void Load_with_duplicate_property_alias_in_one_type_reports_it()
    {
        _dir.DataType("text", TextDataType).DocumentType("report", Type("report", Prop("summary") + ", " + Prop("summary")));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'summary': property alias 'summary' is declared more than once");
    }

    [Fact]
    public void Load_with_property_alias_repeating_a_composition_property_reports_it()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("seo", Type("seo", Prop("metaTitle")))
            .DocumentType("report", Type("report", Prop("metaTitle"), """ "compositions": ["seo"] """));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'metaTitle': property alias 'metaTitle' is declared by both 'seo' and 'report'");
    }

    [Fact]
    public void Load_with_two_compositions_declaring_the_same_alias_reports_it_on_the_composing_type()
    {
        _dir.DataType("text", TextDataType)
            .DocumentType("seo", Type("seo", Prop("title")))
            .DocumentType("teaser", Type("teaser", Prop("title")))
            .DocumentType("report", Type("report", "", """ "compositions": ["seo", "teaser"] """));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'title': property alias 'title' is declared by both 'seo' and 'teaser'");
    }

    [Fact]
    public void Load_with_missing_allowed_child_type_reports_it()
    {
        _dir.DocumentType("report", Type("report", "", """ "allowedChildTypes": ["attachment"] """));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report': allowed child type 'attachment' does not exist");
    }

    [Fact]
    public void Load_with_element_type_as_allowed_child_reports_it()
    {
        _dir.ElementType("keyFinding", Type("keyFinding"))
            .DocumentType("report", Type("report", "", """ "allowedChildTypes": ["keyFinding"] """));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report': allowed child type 'keyFinding' is an element type");
    }

    [Fact]
    public void Load_with_composition_as_allowed_child_reports_it()
    {
        _dir.DocumentType("seo", Type("seo"))
            .DocumentType("page", Type("page", "", """ "compositions": ["seo"] """))
            .DocumentType("report", Type("report", "", """ "allowedChildTypes": ["seo"] """));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report': allowed child type 'seo' is a composition (of 'page') and cannot be a child");
    }

    [Fact]
    public void Load_with_composition_allowed_at_root_reports_it()
    {
        _dir.DocumentType("seo", Type("seo", "", """ "allowedAtRoot": true """))
            .DocumentType("page", Type("page", "", """ "compositions": ["seo"] """));

        AssertOnly(_dir.LoadFails(), "content-schema/document-types/seo.json: type 'seo': is a composition (of 'page') and cannot be allowed at root");
    }

    [Fact]
    public void Load_with_element_type_allowed_at_root_or_with_children_reports_both()
    {
        _dir.DocumentType("page", Type("page"))
            .ElementType("block", Type("block", "", """ "allowedAtRoot": true, "allowedChildTypes": ["page"] """));

        var ex = _dir.LoadFails();

        Assert.Equal(2, ex.Problems.Count);
        AssertHas(ex, "content-schema/element-types/block.json: type 'block': an element type cannot be allowed at root");
        AssertHas(ex, "content-schema/element-types/block.json: type 'block': an element type cannot have allowed child types");
    }

    [Fact]
    public void Load_with_missing_composition_reports_it()
    {
        _dir.DocumentType("report", Type("report", "", """ "compositions": ["seoComposition"] """));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report': composition 'seoComposition' does not exist");
    }

    [Fact]
    public void Load_with_element_type_composing_a_document_type_reports_it()
    {
        _dir.DocumentType("seo", Type("seo"))
            .ElementType("block", Type("block", "", """ "compositions": ["seo"] """));

        AssertOnly(_dir.LoadFails(), "content-schema/element-types/block.json: type 'block': composition 'seo' is a document type but this is an element type");
    }

    [Fact]
    public void Load_with_composition_cycle_reports_it_on_each_type_in_it()
    {
        _dir.DocumentType("a", Type("a", "", """ "compositions": ["b"] """))
            .DocumentType("b", Type("b", "", """ "compositions": ["a"] """))
            .DocumentType("c", Type("c", "", """ "compositions": ["a"] """));

        var ex = _dir.LoadFails();

        Assert.Equal(2, ex.Problems.Count);
        AssertHas(ex, "content-schema/document-types/a.json: type 'a': composition cycle: a -> b -> a");
        AssertHas(ex, "content-schema/document-types/b.json: type 'b': composition cycle: b -> a -> b");
    }

    [Fact]
    public void Load_with_type_composing_itself_reports_a_cycle()
    {
        _dir.DocumentType("a", Type("a", "", """ "compositions": ["a"] """));

        AssertOnly(_dir.LoadFails(), "content-schema/document-types/a.json: type 'a': composition cycle: a -> a");
    }

    [Fact]
    public void Load_with_block_of_missing_type_reports_it()
    {
        _dir.DocumentType("report", Type("report", Prop("keyFindings", """ "editor": "Umbraco.BlockList", "config": { "blocks": [{ "contentElementType": "keyFinding" }] } """)));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'keyFindings': block content type 'keyFinding' does not exist");
    }

    [Fact]
    public void Load_with_block_of_document_type_reports_it()
    {
        _dir.DocumentType("page", Type("page"))
            .ElementType("keyFinding", Type("keyFinding"))
            .DataType("findings", """{ "alias": "findings", "name": "Findings", "editor": "Umbraco.BlockList", "config": { "blocks": [{ "contentElementType": "keyFinding", "settingsElementType": "page" }] } }""");

        AssertOnly(_dir.LoadFails(), "content-schema/data-types/findings.json: data type 'findings': block settings type 'page' is not an element type");
    }

    [Fact]
    public void Load_with_content_picker_allowing_a_missing_type_reports_it()
    {
        _dir.DocumentType("report", Type("report", Prop("initiative", """ "editor": "Umbraco.ContentPicker", "config": { "allowedTypes": ["initiatve"] } """)));

        AssertOnly(_dir.LoadFails(), $"{Report}: type 'report', property 'initiative': config 'allowedTypes' names type 'initiatve', which does not exist");
    }

    [Fact]
    public void Load_with_tree_picker_allowing_a_missing_type_reports_it()
    {
        _dir.DataType("people", """{ "alias": "people", "name": "People", "editor": "Umbraco.MultiNodeTreePicker", "config": { "allowedTypes": ["persons"] } }""");

        AssertOnly(_dir.LoadFails(), "content-schema/data-types/people.json: data type 'people': config 'allowedTypes' names type 'persons', which does not exist");
    }

    [Fact]
    public void Load_collects_problems_from_every_file_into_one_exception()
    {
        _dir.DataType("text", """{ "alias": "text", "name": "Text", "editor": "Umbraco.Foo" }""")
            .DocumentType("page", "{ not json")
            .DocumentType("report", Type("report", Prop("summary", """ "dataType": "missing" """), """ "allowedChildTypes": ["nothing"] """));

        var ex = _dir.LoadFails();

        Assert.Equal(4, ex.Problems.Count);
        Assert.StartsWith("The content schema has 4 problems:", ex.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["content-schema/data-types/text.json", "content-schema/document-types/page.json", Report, Report],
            ex.Problems.Select(p => p.File));
    }

    private static string Type(string alias, string properties = "", string extra = "") =>
        $$"""{ "alias": "{{alias}}", "name": "Type {{alias}}", {{(extra.Length > 0 ? extra + "," : "")}} "properties": [{{properties}}] }""";

    private static string Prop(string alias, string rest = """ "dataType": "text" """) =>
        $$"""{ "alias": "{{alias}}", "name": "Property {{alias}}", {{rest}} }""";

    private static void AssertOnly(ContentSchemaException ex, string expected)
    {
        Assert.Equal(expected, Assert.Single(ex.Problems).ToString());
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    private static void AssertHas(ContentSchemaException ex, string expected)
    {
        Assert.Contains(expected, ex.Problems.Select(p => p.ToString()));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
