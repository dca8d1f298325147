using Microsoft.Playwright;

namespace ICDiplomacy.Web.BrowserTests;

public class SetupJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [SkippableFact]
    public async Task First_visit_needs_the_console_token_then_creates_the_administrator()
    {
        Skip.If(host.Browser is null, host.SkipReason);
        var token = host.BeginSetup();
        var page = await host.Browser!.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseAddress.ToString() });

        await page.GotoAsync("/umbraco/install");
        await page.GetByLabel("Setup token").FillAsync("wrong-token");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Email").FillAsync("admin@icdiplomacy.test");
        await page.GetByLabel("Password (at least 12 characters)").FillAsync("a sufficiently long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();

        Assert.Contains("The setup token is not correct", await page.Locator(".field-error").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Setup token").FillAsync(token);
        await page.GetByLabel("Password (at least 12 characters)").FillAsync("a sufficiently long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();

        Assert.Contains("was created", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        var reload = await page.GotoAsync("/umbraco/install");
        Assert.Equal(404, reload!.Status);
    }
}
