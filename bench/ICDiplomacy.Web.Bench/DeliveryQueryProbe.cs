using System.Diagnostics;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi;
using ICDiplomacy.Web.DeliveryApi.Querying;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ICDiplomacy.Web.Bench;

/// <summary>In-process timing of one Delivery API list query with its SQL and SQLite query plans, to diagnose slow pages.</summary>
internal static class DeliveryQueryProbe
{
    public static int Run(BenchArguments args)
    {
        var size = args.Size ?? 100_000;
        var dir = Path.Combine(Path.GetTempPath(), "icd-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var connectionString = $"Data Source={Path.Combine(dir, "icdiplomacy.db")};Foreign Keys=True;Default Timeout=30;Pooling=True";
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cms"] = connectionString,
            ["Cms:DataDirectory"] = dir,
            ["Cms:SeedDemoContent"] = "false",
        });
        builder.AddData();
        builder.AddCms();
        builder.AddDeliveryApi();
        using var host = builder.Build();
        host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        StoreBenchmark.Generate(connectionString, size, args.Seed);
        var request = new DeliveryRequest("en", false, ApiKeyState.None, null);
        var query = new ContentQuery(null, ["region:Africa", "contentType:report"], ["updateDate:desc"], 40, 20);
        for (var i = 0; i < 3; i++)
        {
            using var scope = host.Services.CreateScope();
            var watch = Stopwatch.StartNew();
            var result = scope.ServiceProvider.GetRequiredService<DeliveryContentStore>().QueryAsync(query, request, null, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"query {i}: {watch.Elapsed.TotalMilliseconds:0.0} ms, total {result.Total}, {result.Items.Count} items");
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
        return 0;
    }
}
