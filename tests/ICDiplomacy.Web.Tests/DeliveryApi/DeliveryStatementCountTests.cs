using System.Text.Json.Nodes;
using ICDiplomacy.Web.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;
using static ICDiplomacy.Web.Tests.Infrastructure.Content;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>PERFORMANCE.md §8 row 3: no N+1 — a filtered list page costs at most 3 SQL statements.</summary>
public sealed class DeliveryStatementCountTests
{
    [Fact]
    public async Task Filtered_list_page_with_pickers_uses_at_most_three_statements()
    {
        var counter = new CommandCounter();
        var (factory, client) = await DeliveryFactory.StartAsync(
            new Dictionary<string, string?> { ["DeliveryApi:OutputCache:Enabled"] = "false" },
            s =>
            {
                s.ConfigureDbContext<SqliteCmsDbContext>(o => o.AddInterceptors(counter));
                s.AddSingleton(CommandCounter.RequestMarker);
            });
        await using var _ = factory;
        for (var i = 0; i < 25; i++)
        {
            var key = (await factory.WithContentAsync(c => c.CreateAsync("report", Reports, Edit(
                new Dictionary<string, string> { ["en"] = $"Bulk report {i:00}" },
                ("reportType", "policyBrief"),
                ("summary", EnText("Bulk.")),
                ("publicationDate", "2024-03-01"),
                ("countries", new JsonArray(i % 2 == 0 ? "NG" : "KE")),
                ("authors", new JsonArray(Person.ToString())),
                ("conflicts", new JsonArray(Conflict.ToString()))), Editor))).Key!.Value;
            Assert.True((await factory.WithContentAsync(c => c.PublishAsync(key, null, Editor))).Succeeded);
        }

        counter.Arm();
        var page = await client.JsonAsync(DeliveryHttp.Base + "?filter=region:Africa&filter=contentType:report&sort=updateDate:desc&take=20");
        counter.Disarm();

        Assert.Equal(26, page["total"]!.GetValue<long>());
        Assert.Equal(20, ((JsonArray)page["items"]!).Count);
        Assert.Equal("Amina Diallo", page["items"]![0]!["properties"]!["authors"]![0]!["name"]!.GetValue<string>());
        Assert.True(counter.Count is >= 2 and <= 3, $"{counter.Count} statements:\n" + string.Join("\n---\n", counter.Commands));

        counter.Arm();
        await client.JsonAsync(DeliveryHttp.Base + $"/item/{SahelReport}");
        counter.Disarm();
        Assert.True(counter.Count is >= 1 and <= 2, $"{counter.Count} statements for one item:\n" + string.Join("\n---\n", counter.Commands));
    }
}
