using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ICDiplomacy.Web.BrowserTests;

public class AccessibilityTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task Setup_page_has_no_serious_accessibility_violations()
    {
        Skip.If(host.Browser is null, host.SkipReason);
        host.BeginSetup();
        var page = await host.Browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseAddress.ToString() });
        await page.GotoAsync("/umbraco/install");

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/search?q=dialogue&sort=newest")]
    public async Task Public_page_has_no_serious_accessibility_violations(string path)
    {
        Skip.If(host.Browser is null, host.SkipReason);
        // The search page answers 503 while the indexes of a new database are still being built.
        await host.WaitForIndexesAsync();
        var page = await host.Browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseAddress.ToString() });
        var response = await page.GotoAsync(path);
        Assert.True(response?.Status == 200, $"{path} answered {response?.Status}: {(response is null ? "" : await response.TextAsync())}");

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
