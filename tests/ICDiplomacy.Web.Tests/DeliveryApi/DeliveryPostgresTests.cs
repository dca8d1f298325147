using System.Net;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Tests.Infrastructure;
using static ICDiplomacy.Web.Tests.DeliveryApi.DeliverySite;

namespace ICDiplomacy.Web.Tests.DeliveryApi;

/// <summary>The same queries on PostgreSQL: every filter, sort and lookup must translate and answer alike.</summary>
public sealed class DeliveryPostgresTests
{
    [SkippableFact]
    public async Task Delivery_queries_answer_the_same_on_PostgreSQL()
    {
        var database = await TestDatabase.CreatePostgresAsync();
        var (factory, client) = await DeliveryFactory.StartAsync(database: database);
        await using var _ = factory;

        foreach (var (query, names) in DeliveryQueryTests.Queries.Select(row => ((string)row[0], (string[])row[1])))
        {
            var page = await client.JsonAsync(DeliveryHttp.Base + "?" + query + "&take=100");
            Assert.True(names.SequenceEqual(((JsonArray)page["items"]!).Select(i => i!["name"]!.GetValue<string>())), query);
        }

        var item = await client.JsonAsync(DeliveryHttp.Base + $"/item/{SahelReport}?expand=properties[$all]", ("Accept-Language", "fr"));
        Assert.Equal("Résumé du dialogue sahélien", item["name"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:18:00", item["createDate"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(DeliveryHttp.Base + "/item/reports/caucasus-policy-brief/")).StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.SendAsync(DeliveryHttp.Base + "/item/reports/old-title/")).StatusCode);
        Assert.Equal("Draft report", (await client.JsonAsync(DeliveryHttp.Base + $"/item/{DraftReport}", ("Preview", "true"), ("Api-Key", ApiKey)))["name"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Compiled_reads_answer_on_SQLite_and_PostgreSQL_hosts_in_one_process()
    {
        // EF Core binds a compiled query to one model; a second provider in the same process must get its own.
        var (sqlite, sqliteClient) = await DeliveryFactory.StartAsync();
        await using var _ = sqlite;
        var database = await TestDatabase.CreatePostgresAsync();
        var (postgres, postgresClient) = await DeliveryFactory.StartAsync(database: database);
        await using var __ = postgres;

        foreach (var client in new[] { sqliteClient, postgresClient, sqliteClient })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(DeliveryHttp.Base + $"/item/{SahelReport}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(DeliveryHttp.Base + "?filter=contentType:report&sort=name:asc&take=5")).StatusCode);
        }
    }
}
