using System.Diagnostics;
using System.Globalization;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.DeliveryApi.Rendering;
using ICDiplomacy.Web.Media;
using ICDiplomacy.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ICDiplomacy.Web.Bench;

/// <summary>
/// In-process cost of an uncached Delivery API item, stage by stage (read, prepare, render written to the body, ETag), in
/// microseconds and bytes allocated per call on one thread: what the HTTP figure is made of, without Kestrel.
/// </summary>
internal static class DeliveryItemProbe
{
    public static int Run(BenchArguments args)
    {
        var size = args.Size ?? 2_000;
        var iterations = args.Iterations ?? 5_000;
        var dir = Path.Combine(Path.GetTempPath(), "icd-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var connectionString = $"Data Source={Path.Combine(dir, "icdiplomacy.db")};Foreign Keys=True;Default Timeout=30;Pooling=True";
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("BENCH_PROBE_SQL") == "1")
        {
            // Prints each statement with its time, for the first iterations only (set --iterations 1).
            builder.Logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information).AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.Debug).AddFilter("Microsoft", LogLevel.Warning);
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cms"] = connectionString,
            ["Cms:DataDirectory"] = dir,
            ["Cms:SeedDemoContent"] = "false",
        });
        builder.AddData();
        builder.AddCms();
        builder.AddSearch();
        builder.AddMedia();
        builder.AddDeliveryApi();
        using var host = builder.Build();
        host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        var (_, reports) = StoreBenchmark.Generate(connectionString, size, args.Seed);
        var request = new DeliveryRequest("en", false, ApiKeyState.Valid, null);
        var stages = new (string Name, double Ticks, long Bytes)[4];
        stages[0].Name = "read row";
        stages[1].Name = "prepare";
        stages[2].Name = "render (written)";
        stages[3].Name = "etag";

        var cpu = TimeSpan.Zero;
        for (var pass = 0; pass < 2; pass++)
        {
            var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
            Array.ForEach(Enumerable.Range(0, stages.Length).ToArray(), i => { stages[i].Ticks = 0; stages[i].Bytes = 0; });
            for (var i = 0; i < iterations; i++)
            {
                using var scope = host.Services.CreateScope();
                var store = scope.ServiceProvider.GetRequiredService<DeliveryContentStore>();
                var renderer = scope.ServiceProvider.GetRequiredService<ContentRenderer>();
                var key = reports[i * 7919 % reports.Count];

                var t = Stopwatch.GetTimestamp();
                var b = GC.GetAllocatedBytesForCurrentThread();
                if (Environment.GetEnvironmentVariable("BENCH_PROBE_OPEN") == "1")
                {
                    // Opens the connection outside the timed stage, to tell connection cost from query cost.
                    scope.ServiceProvider.GetRequiredService<CmsDbContext>().Database.OpenConnection();
                    t = Stopwatch.GetTimestamp();
                    b = GC.GetAllocatedBytesForCurrentThread();
                }

                var row = store.ByKeyAsync(key, request, CancellationToken.None).GetAwaiter().GetResult()!;
                Mark(0);
                var session = renderer.PrepareAsync([row], request, null, null, CancellationToken.None).GetAwaiter().GetResult();
                Mark(1);
                var body = renderer.RenderItem(row, session);
                Mark(2);
                _ = DeliveryJson.ETag(body);
                Mark(3);

                void Mark(int stage)
                {
                    var now = Stopwatch.GetTimestamp();
                    var bytes = GC.GetAllocatedBytesForCurrentThread();
                    stages[stage].Ticks += now - t;
                    stages[stage].Bytes += bytes - b;
                    t = now;
                    b = bytes;
                }
            }

            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        }

        // Wall-clock stages move with other processes' load; process CPU time per item much less.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process CPU per item (all stages, scope included): {cpu.TotalMilliseconds * 1000 / iterations:0} µs"));

        foreach (var (name, ticks, bytes) in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {ticks * 1_000_000.0 / Stopwatch.Frequency / iterations,8:0.0} µs {bytes / iterations,8:N0} B"));
        }

        SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("BENCH_PROBE_KEEP") == "1")
        {
            Console.WriteLine($"database kept in {dir}");
        }
        else
        {
            Directory.Delete(dir, recursive: true);
        }
        return 0;
    }
}
