using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.Backoffice.ManagementClients;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.Backoffice;

public class PublicAccessEndpointsTests
{
    private sealed record Site(Guid Home, Guid Reports, Guid Report, Guid Login, Guid Error);

    private static async Task<Site> BuildAsync(CmsWebApplicationFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        async Task<Guid> Create(string type, Guid? parent, DocumentEdit edit)
        {
            var result = await content.CreateAsync(type, parent, edit, "test");
            Assert.True(result.Succeeded, result.Message);
            return result.Key!.Value;
        }

        var home = await Create("home", null, Home());
        var reports = await Create("reportsListing", home, Listing("Reports"));
        var report = await Create("report", reports, Report("Board minutes"));
        var login = await Create("peopleListing", home, Listing("Sign in"));
        var error = await Create("initiativesListing", home, Listing("No access"));
        var members = scope.ServiceProvider.GetRequiredService<MemberService>();
        Assert.True((await members.CreateGroupAsync("Board", "test")).Succeeded);
        Assert.True((await members.CreateAsync(new MemberInput("amina@example.org", "amina", null, "correct horse battery", true, []), "test")).Succeeded);
        return new Site(home, reports, report, login, error);
    }

    private static object Rule(Site site, string[]? groups = null, string[]? users = null, Guid? login = null, Guid? error = null) => new
    {
        memberGroupNames = groups ?? ["Board"],
        memberUserNames = users ?? [],
        loginDocument = new { id = login ?? site.Login },
        errorDocument = new { id = error ?? site.Error },
    };

    [Fact]
    public async Task Public_access_routes_answer_editors_and_administrators_only()
    {
        await using var factory = await StartAsync();
        var site = await BuildAsync(factory);
        var url = $"{Api}/document/{site.Reports}/public-access";

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await ClientAsync(factory, Writer)).PostAsJsonAsync(url, Rule(site))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await ClientAsync(factory, Editor)).PostAsJsonAsync(url, Rule(site))).StatusCode);
    }

    [Fact]
    public async Task Protect_read_change_and_remove_round_trip_writes_audit_and_outbox_rows_for_the_branch()
    {
        await using var factory = await StartAsync();
        var site = await BuildAsync(factory);
        var admin = await ClientAsync(factory);
        var url = $"{Api}/document/{site.Reports}/public-access";
        long LastOutboxId(CmsDbContext db) => db.Outbox.Max(m => (long?)m.Id) ?? 0;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var before = LastOutboxId(db);

        var created = await admin.PostAsJsonAsync(url, Rule(site, groups: ["board"], users: ["AMINA"]));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var rule = await admin.GetFromJsonAsync<JsonObject>(url);
        Assert.Equal("Board", rule!["groups"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("amina", rule["members"]![0]!["username"]!.GetValue<string>());
        Assert.Equal(site.Login, rule["loginDocument"]!["id"]!.GetValue<Guid>());
        Assert.Equal(site.Error, rule["errorDocument"]!["id"]!.GetValue<Guid>());

        var written = await db.Outbox.AsNoTracking().Where(m => m.Id > before).ToListAsync();
        Assert.Contains(written, m => m.Event == ContentEvents.PublicAccessChanged && m.EntityKey == site.Reports);
        Assert.Contains(written, m => m.Event == ContentEvents.Refreshed && m.EntityKey == site.Report);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(url, Rule(site, users: []))).StatusCode);
        rule = await admin.GetFromJsonAsync<JsonObject>(url);
        Assert.Empty(rule!["members"]!.AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        var actions = await db.Audit.AsNoTracking().Where(a => a.EntityKey == site.Reports).Select(a => a.Action).ToListAsync();
        Assert.Contains("public-access-create", actions);
        Assert.Contains("public-access-save", actions);
        Assert.Contains("public-access-delete", actions);
    }

    [Fact]
    public async Task Public_access_errors_are_404_409_or_400_with_the_field_named()
    {
        await using var factory = await StartAsync();
        var site = await BuildAsync(factory);
        var admin = await ClientAsync(factory);
        var url = $"{Api}/document/{site.Reports}/public-access";

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"{Api}/document/{Guid.NewGuid()}/public-access", Rule(site))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync(url, Rule(site))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync(url)).StatusCode);

        Assert.True((await ProblemErrorsAsync(await admin.PostAsJsonAsync(url, Rule(site, groups: [])))).ContainsKey("memberGroupNames"));
        Assert.True((await ProblemErrorsAsync(await admin.PostAsJsonAsync(url, Rule(site, groups: ["Nobody"])))).ContainsKey("memberGroupNames"));
        Assert.True((await ProblemErrorsAsync(await admin.PostAsJsonAsync(url, Rule(site, users: ["ghost"])))).ContainsKey("memberUserNames"));
        Assert.True((await ProblemErrorsAsync(await admin.PostAsJsonAsync(url, Rule(site, login: Guid.NewGuid())))).ContainsKey("loginDocument"));
        // A login page inside the protected branch could never be reached by someone who is not signed in.
        Assert.True((await ProblemErrorsAsync(await admin.PostAsJsonAsync(url, Rule(site, login: site.Report)))).ContainsKey("loginDocument"));
        Assert.True((await ProblemErrorsAsync(await admin.PostAsJsonAsync(url, new { memberGroupNames = new[] { "Board" } }))).ContainsKey("errorDocument"));

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync(url, Rule(site))).StatusCode);
        var again = await admin.PostAsJsonAsync(url, Rule(site));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Deleting_the_protected_document_removes_its_rule_and_deleting_a_login_page_clears_the_reference()
    {
        await using var factory = await StartAsync();
        var site = await BuildAsync(factory);
        var admin = await ClientAsync(factory);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"{Api}/document/{site.Reports}/public-access", Rule(site))).StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        Assert.True((await content.TrashAsync(site.Login, "test")).Succeeded);
        Assert.True((await content.DeleteAsync(site.Login, "test")).Succeeded);
        var rule = await admin.GetFromJsonAsync<JsonObject>($"{Api}/document/{site.Reports}/public-access");
        Assert.Null(rule!["loginDocument"]);

        Assert.True((await content.TrashAsync(site.Reports, "test")).Succeeded);
        Assert.True((await content.DeleteAsync(site.Reports, "test")).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        Assert.Equal(0, await db.PublicAccessEntries.CountAsync());
        Assert.Equal(0, await db.PublicAccessRules.CountAsync());
    }
}
