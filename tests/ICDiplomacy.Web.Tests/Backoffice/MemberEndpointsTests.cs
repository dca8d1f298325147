using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static ICDiplomacy.Web.Tests.Backoffice.ManagementClients;

namespace ICDiplomacy.Web.Tests.Backoffice;

public class MemberEndpointsTests
{
    [Fact]
    public async Task Member_routes_answer_only_administrators()
    {
        await using var factory = await StartAsync();
        var anonymous = factory.CreateClient();
        var editor = await ClientAsync(factory, Editor);
        var writer = await ClientAsync(factory, Writer);
        var admin = await ClientAsync(factory);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Api}/member")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"{Api}/member")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsJsonAsync($"{Api}/member-group", new { name = "Board" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Api}/member")).StatusCode);
    }

    [Fact]
    public async Task Member_create_read_update_delete_round_trip_never_returns_the_password_hash()
    {
        await using var factory = await StartAsync();
        var admin = await ClientAsync(factory);
        var board = await admin.PostAsJsonAsync($"{Api}/member-group", new { name = "Board" });
        Assert.Equal(HttpStatusCode.Created, board.StatusCode);
        var boardId = (await board.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        var created = await admin.PostAsJsonAsync($"{Api}/member", new { email = "amina@example.org", username = "amina", name = "Amina Diallo", password = "correct horse battery", isApproved = true, groups = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        Assert.Equal($"{Api}/member/{id}", created.Headers.Location?.OriginalString);

        var updated = await admin.PutAsJsonAsync($"{Api}/member/{id}", new { email = "amina@example.org", username = "amina", name = "Amina D.", isApproved = true, groups = new[] { boardId } });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var body = await admin.GetStringAsync($"{Api}/member/{id}");
        var member = JsonNode.Parse(body)!;
        Assert.Equal("Amina D.", member["name"]!.GetValue<string>());
        Assert.Equal(boardId, member["groups"]![0]!.GetValue<Guid>());
        Assert.False(member["isLockedOut"]!.GetValue<bool>());
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
        // Identity's hash format (v3) starts with these bytes in base64.
        Assert.DoesNotContain("AQAAAA", body, StringComparison.Ordinal);
        Assert.DoesNotContain("securityStamp", body, StringComparison.OrdinalIgnoreCase);

        var list = await admin.GetFromJsonAsync<JsonObject>($"{Api}/member?filter=AMI");
        Assert.Equal(1, list!["total"]!.GetValue<long>());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Api}/member/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Api}/member/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"{Api}/member/{id}")).StatusCode);
    }

    [Fact]
    public async Task Member_errors_are_problem_details_naming_each_field()
    {
        await using var factory = await StartAsync();
        var admin = await ClientAsync(factory);

        var invalid = await ProblemErrorsAsync(await admin.PostAsJsonAsync($"{Api}/member", new { email = "nope", username = "", password = "short", isApproved = true, groups = new[] { Guid.NewGuid() } }));
        Assert.Equal(["email", "groups", "password", "username"], invalid.Select(e => e.Key).Order(StringComparer.Ordinal));

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"{Api}/member-group", new { name = "Board" })).StatusCode);
        var duplicate = await ProblemErrorsAsync(await admin.PostAsJsonAsync($"{Api}/member-group", new { name = "BOARD" }));
        Assert.True(duplicate.ContainsKey("name"));

        var missing = await admin.PutAsJsonAsync($"{Api}/member/{Guid.NewGuid()}", new { email = "a@example.org", username = "a", isApproved = true });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"{Api}/member-group/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"{Api}/member?take=100000")).StatusCode);
    }
}
