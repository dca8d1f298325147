using ICDiplomacy.Web.Cms.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ICDiplomacy.Web.BrowserTests;

/// <summary>
/// The app on real Kestrel (a browser cannot reach the in-memory test server) with an in-memory SQLite
/// database, plus Debian's Chromium driven by Playwright. Skips with a reason when Chromium is missing,
/// and fails instead when CI asks for every test to run.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private const string ChromiumVariable = "ICDIPLOMACY_TEST_CHROMIUM";
    private const string RequireAllVariable = "ICDIPLOMACY_REQUIRE_ALL_TESTS";
    private readonly SqliteConnection _keepAlive;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "icd-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public BrowserHost()
    {
        var cs = $"Data Source=file:browser-{Guid.NewGuid():N}?mode=memory&cache=shared;Foreign Keys=True";
        _keepAlive = new SqliteConnection(cs);
        _keepAlive.Open();
        Directory.CreateDirectory(_dataDirectory);
        Factory = new KestrelFactory(cs, _dataDirectory);
    }

    public WebApplicationFactory<Program> Factory { get; }

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ChromiumVariable) ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            SkipReason = $"Chromium not found at {executable}: install Debian's chromium package (.ci/run does) or set {ChromiumVariable}.";
            if (Environment.GetEnvironmentVariable(RequireAllVariable) == "1")
            {
                throw new InvalidOperationException(SkipReason);
            }

            return;
        }

        Factory.UseKestrel(0);
        Factory.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>Waits until the search indexes (built in the background on a new database) answer, at most a minute.</summary>
    public async Task WaitForIndexesAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while ((await http.GetAsync(new Uri("/health/indexes", UriKind.Relative))).StatusCode != System.Net.HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The search indexes did not become ready within a minute.");
            }

            await Task.Delay(200);
        }
    }

    public string BeginSetup() => Factory.Services.GetRequiredService<SetupState>().Begin();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
        await _keepAlive.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans temp.
        }
    }

    private sealed class KestrelFactory(string connectionString, string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Cms", connectionString);
            builder.UseSetting("Cms:DataDirectory", dataDirectory);
            // Demo content, so the search page's accessibility check covers a page of results and facets.
            builder.UseSetting("Cms:SeedDemoContent", "true");
            // The 1 s production time box is wall-clock time; a first (cold) query beside parallel test runs can exceed it.
            builder.UseSetting("Search:TimeBudget", "00:00:30");
        }
    }
}
