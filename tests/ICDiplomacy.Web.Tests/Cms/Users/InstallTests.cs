using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Tests.Cms.Users;

public class InstallTests
{
    [Fact]
    public async Task Unattended_settings_create_the_first_administrator_and_api_client_once()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cms:Unattended:UserName"] = "admin",
            ["Cms:Unattended:UserEmail"] = "admin@icdiplomacy.test",
            ["Cms:Unattended:UserPassword"] = "correct horse battery staple",
            ["Cms:Unattended:ApiClientId"] = "umbraco-back-office-automation",
            ["Cms:Unattended:ApiClientSecret"] = "a-long-enough-client-secret-0123456789",
        };
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite, settings);

        var user = await cms.Db.Users.SingleAsync();
        Assert.Equal(UserGroups.Administrators, user.Group);
        Assert.NotEqual("correct horse battery staple", user.PasswordHash);
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<BackofficeUser>().VerifyHashedPassword(user, user.PasswordHash, "correct horse battery staple"));
        Assert.NotNull(await cms.Get<UserService>().VerifyApiClientAsync("umbraco-back-office-automation", "a-long-enough-client-secret-0123456789", CancellationToken.None));
        Assert.Null(await cms.Get<UserService>().VerifyApiClientAsync("umbraco-back-office-automation", "wrong", CancellationToken.None));
        Assert.False(cms.Get<SetupState>().IsPending);
    }

    [Fact]
    public async Task Without_unattended_settings_a_setup_token_is_required_and_no_default_account_exists()
    {
        await using var cms = await CmsHarness.StartAsync(DatabaseProvider.Sqlite);

        Assert.Equal(0, await cms.Db.Users.CountAsync());
        var setup = cms.Get<SetupState>();
        Assert.True(setup.IsPending);
        Assert.False(setup.Verify("guess"));
        Assert.False(setup.Verify(null));
    }

    [Fact]
    public void Unattended_settings_with_a_short_password_stop_start_up()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Cms:Unattended:UserName"] = "admin",
            ["Cms:Unattended:UserEmail"] = "admin@icdiplomacy.test",
            ["Cms:Unattended:UserPassword"] = "short",
        };
        using var factory = new CmsWebApplicationFactory(settings: settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("UserPassword", error.ToString(), StringComparison.Ordinal);
    }
}
