using System.Net;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.PublicAccess;

namespace ICDiplomacy.Web.Tests.RegionalBalance;

/// <summary>The public balance of a protected session or initiative is as hidden as the item itself.</summary>
public sealed class ProtectedBalanceTests
{
    private static readonly Guid OpeningPlenary = BalanceContentFixture.Demo("forumSession", "opening-plenary");
    private static readonly Guid ContactGroup = BalanceContentFixture.Demo("initiative", "russia-west-contact-group");

    [Fact]
    public async Task Balance_of_a_protected_item_is_404_anonymously_and_still_shown_to_the_preview_key_and_editors()
    {
        var fixture = new BalanceContentFixture();
        await fixture.InitializeAsync();
        try
        {
            var sessionUrl = $"/api/forum/sessions/{OpeningPlenary}/balance";
            var initiativeUrl = $"/api/initiatives/{ContactGroup}/balance";
            Assert.Equal(HttpStatusCode.OK, (await fixture.Anonymous().GetAsync(sessionUrl)).StatusCode);

            Assert.True((await fixture.Cms.Get<MemberService>().CreateGroupAsync("Board", "test")).Succeeded);
            foreach (var (protect, page) in new[] { (OpeningPlenary, ContactGroup), (ContactGroup, OpeningPlenary) })
            {
                var set = await fixture.Cms.Get<PublicAccessService>().SetAsync(protect, new PublicAccessInput(null, ["Board"], page, page), create: true, "test");
                Assert.True(set.Succeeded, set.Message);
            }

            Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().GetAsync(sessionUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().GetAsync(initiativeUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await fixture.WithPreviewKey().GetAsync(sessionUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await (await fixture.WithManagementTokenAsync()).GetAsync(initiativeUrl)).StatusCode);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }
}
