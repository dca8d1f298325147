using System.Net;
using ICDiplomacy.Web.Tests.Infrastructure;

namespace ICDiplomacy.Web.Tests.Health;

public class HealthAndHostingTests : IClassFixture<CmsFixture>
{
    private readonly CmsFixture _factory;

    public HealthAndHostingTests(CmsFixture factory) => _factory = factory;

    [Fact]
    public async Task Live_and_ready_answer_healthy_once_migrated()
    {
        var client = _factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repository_wwwroot_is_the_web_root_under_the_test_host()
    {
        var response = await _factory.CreateClient().GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("--accent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_reports_unhealthy_when_the_database_cannot_be_reached()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cms"] = "Data Source=/nonexistent-dir/never/db.sqlite;Mode=ReadOnly",
            ["Database:MigrateOnStartup"] = "false",
        };
        await using var broken = new CmsWebApplicationFactory(settings: settings);

        var client = broken.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public void A_bad_schema_file_stops_start_up_with_a_message_naming_the_file()
    {
        var schema = Path.Combine(Path.GetTempPath(), "icd-bad-schema-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "content-schema"), schema);
        var file = Path.Combine(schema, "document-types", "page.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"richText\"", "\"Umbraco.NoSuchEditor\"", StringComparison.Ordinal).Replace("\"dataType\": \"Umbraco.NoSuchEditor\"", "\"editor\": \"Umbraco.NoSuchEditor\"", StringComparison.Ordinal));
        try
        {
            using var factory = new CmsWebApplicationFactory(settings: new Dictionary<string, string?> { ["Cms:SchemaDirectory"] = schema });

            var error = Assert.ThrowsAny<Exception>(() => factory.Services);

            var message = error.ToString();
            Assert.Contains("page.json", message, StringComparison.Ordinal);
            Assert.Contains("Umbraco.NoSuchEditor", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(schema, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(f, f.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
