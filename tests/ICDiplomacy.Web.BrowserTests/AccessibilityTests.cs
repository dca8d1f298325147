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
}
