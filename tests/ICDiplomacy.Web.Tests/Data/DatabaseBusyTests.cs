using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ICDiplomacy.Web.Tests.Data;

public class DatabaseBusyTests
{
    [Fact]
    public async Task A_write_blocked_by_a_long_writer_answers_503_with_retry_after_and_writes_nothing()
    {
        var dir = Path.Combine(Path.GetTempPath(), "icd-busy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var cs = $"Data Source={Path.Combine(dir, "busy.db")};Foreign Keys=True;Default Timeout=1;Pooling=False";
        await using var factory = new CmsWebApplicationFactory(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cms"] = cs,
            ["Cms:Unattended:ApiClientId"] = "umbraco-back-office-admin",
            ["Cms:Unattended:ApiClientSecret"] = "a-long-enough-client-secret-0123456789",
        });
        var client = factory.CreateClient();
        var token = await (await client.PostAsync("/umbraco/management/api/v1/security/back-office/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "umbraco-back-office-admin", ["client_secret"] = "a-long-enough-client-secret-0123456789",
        }))).Content.ReadFromJsonAsync<JsonObject>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!["access_token"]!.GetValue<string>());

        await using (var blocker = new SqliteConnection(cs))
        {
            await blocker.OpenAsync();
            await using var tx = (SqliteTransaction)await blocker.BeginTransactionAsync();

            var response = await client.PostAsJsonAsync("/umbraco/management/api/v1/document", new
            {
                documentType = new { alias = "home" },
                variants = new[] { new { culture = "en", name = "Home" } },
            });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("2", response.Headers.GetValues("Retry-After").Single());
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            await tx.RollbackAsync();
        }

        await using var check = new SqliteConnection(cs);
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM cmsDocument";
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        SqliteConnection.ClearAllPools();
    }
}
