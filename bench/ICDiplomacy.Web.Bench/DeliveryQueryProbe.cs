using System.Diagnostics;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.Media;
using ICDiplomacy.Web.Search;
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
        // BENCH_DELIVERY_DIR: probe a database (and indexes) the delivery bench kept, through the delivery index.
        var keep = Environment.GetEnvironmentVariable("BENCH_DELIVERY_DIR");
        var dir = string.IsNullOrEmpty(keep) ? Path.Combine(Path.GetTempPath(), "icd-bench-" + Guid.NewGuid().ToString("N")[..8]) : Path.GetFullPath(keep);
        Directory.CreateDirectory(dir);
        var connectionString = $"Data Source={Path.Combine(dir, "icdiplomacy.db")};Foreign Keys=True;Default Timeout=30;Pooling=True";
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        if (string.IsNullOrEmpty(keep))
        {
            builder.Logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning);
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cms"] = connectionString,
            ["Cms:DataDirectory"] = dir,
            ["Cms:SeedDemoContent"] = "false",
        });
        builder.AddData();
        builder.AddCms();
        if (!string.IsNullOrEmpty(keep))
        {
            builder.AddSearch();
            builder.AddMedia();
        }

        builder.AddDeliveryApi();
        builder.Services.ConfigureDbContext<ICDiplomacy.Web.Data.Sqlite.SqliteCmsDbContext>(o => o.AddInterceptors(new PlanPrinter()));
        using var host = builder.Build();
        host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (string.IsNullOrEmpty(keep))
        {
            StoreBenchmark.Generate(connectionString, size, args.Seed);
        }
        else
        {
            host.StartAsync().GetAwaiter().GetResult();
            host.Services.GetRequiredService<ICDiplomacy.Web.Search.Delivery.DeliveryContentIndex>().WhenIdleAsync().GetAwaiter().GetResult();
            host.Services.GetRequiredService<SearchIndexManager>().WhenIdleAsync().GetAwaiter().GetResult();
        }

        var request = new DeliveryRequest("en", false, ApiKeyState.None, null);
        var take = int.TryParse(Environment.GetEnvironmentVariable("BENCH_PROBE_TAKE"), out var probeTake) ? probeTake : 20;
        var query = new ContentQuery(null, ["region:Africa", "contentType:report"], ["updateDate:desc"], 40, take);
        for (var i = 0; i < (string.IsNullOrEmpty(keep) ? 3 : 6); i++)
        {
            using var scope = host.Services.CreateScope();
            var watch = Stopwatch.StartNew();
            var result = scope.ServiceProvider.GetRequiredService<DeliveryContentStore>().QueryAsync(query, request, null, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"query {i}: {watch.Elapsed.TotalMilliseconds:0.0} ms, total {result.Total}, {result.Items.Count} items");
        }

        if (!string.IsNullOrEmpty(keep))
        {
            // The index's share: the Lucene query and the page of ids, without the rows.
            var indexed = host.Services.GetRequiredService<IndexedContentQuery>();
            var sorts = query.Sorts.Select(s => DeliveryContentStore.ParseSort(s)!).ToList();
            for (var i = 0; i < 6; i++)
            {
                var watch = Stopwatch.StartNew();
                var lucene = indexed.Visible("en");
                foreach (var condition in indexed.Filters(query, "en").Conditions!)
                {
                    lucene.Add(condition, Lucene.Net.Search.Occur.MUST);
                }

                var built = watch.Elapsed.TotalMilliseconds;
                var (ids, total) = indexed.Page("probe", lucene, sorts, query.Skip, query.Take);
                Console.WriteLine($"index {i}: build {built:0.00} ms, search {watch.Elapsed.TotalMilliseconds - built:0.00} ms, total {total}, {ids.Count} ids");
            }

            // The whole list page in-process, stage by stage, over pages 1-50 as the HTTP bench asks for them.
            var stages = new double[4];
            var bytes = new long[4];
            const int Pages = 400;
            var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < Pages; i++)
            {
                using var scope = host.Services.CreateScope();
                var store = scope.ServiceProvider.GetRequiredService<DeliveryContentStore>();
                var renderer = scope.ServiceProvider.GetRequiredService<ICDiplomacy.Web.DeliveryApi.Rendering.ContentRenderer>();
                var page = query with { Skip = i % 50 * 20 };
                var t = Stopwatch.GetTimestamp();
                var b = GC.GetAllocatedBytesForCurrentThread();
                void Mark(int stage)
                {
                    var now = Stopwatch.GetTimestamp();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    stages[stage] += Stopwatch.GetElapsedTime(t, now).TotalMilliseconds;
                    bytes[stage] += allocated - b;
                    t = now;
                    b = allocated;
                }

                var result = store.QueryAsync(page, request, null, CancellationToken.None).GetAwaiter().GetResult();
                Mark(0);
                var session = renderer.PrepareAsync(result.Items, request, null, null, CancellationToken.None).GetAwaiter().GetResult();
                Mark(1);
                var json = renderer.RenderPage(result.Total, result.Items, session);
                Mark(2);
                _ = ICDiplomacy.Web.DeliveryApi.Rendering.DeliveryJson.ETag(json);
                Mark(3);
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
            string[] names = ["query (index + rows)", "prepare", "render (written)", "etag"];
            for (var i = 0; i < stages.Length; i++)
            {
                Console.WriteLine($"{names[i],-22} {stages[i] / Pages,7:0.000} ms {bytes[i] / Pages,10:N0} B");
            }

            Console.WriteLine($"process CPU per page: {cpu.TotalMilliseconds / Pages:0.000} ms");
            host.StopAsync().GetAwaiter().GetResult();
            return 0;
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    /// <summary>Prints SQLite's plan for every statement before it runs.</summary>
    private sealed class PlanPrinter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("cmsDocumentFacet", StringComparison.Ordinal))
            {
                using var explain = command.Connection!.CreateCommand();
                explain.Transaction = command.Transaction;
                explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
                foreach (System.Data.Common.DbParameter parameter in command.Parameters)
                {
                    var copy = explain.CreateParameter();
                    copy.ParameterName = parameter.ParameterName;
                    copy.Value = parameter.Value;
                    explain.Parameters.Add(copy);
                }

                using var reader = explain.ExecuteReader();
                Console.WriteLine("PLAN:");
                while (reader.Read())
                {
                    Console.WriteLine($"  {reader.GetValue(0)} {reader.GetValue(1)} {reader.GetValue(3)}");
                }
            }

            return ValueTask.FromResult(result);
        }
    }
}
