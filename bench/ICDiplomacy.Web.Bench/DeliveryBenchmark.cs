using System.Diagnostics;
using System.Globalization;
using System.Net;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ICDiplomacy.Web.Bench;

/// <summary>
/// Delivery API throughput (PERFORMANCE.md §8 rows 1–3): the Release web app runs as a child process on
/// Kestrel (loopback) over a generated SQLite database of N published reports (default 100 000), and a
/// closed-loop HttpClient load with C concurrent connections (default 16) times three scenarios: a cached
/// item, an uncached item (a valid Api-Key header bypasses the output cache but renders the same body) and
/// an uncached filtered list page of 20 (region:Africa, reports, newest first).
/// </summary>
internal static class DeliveryBenchmark
{
    private const string ApiKey = "bench-delivery-key-0123456789";

    public static int Run(BenchArguments args)
    {
        var size = args.Size ?? 100_000;
        // --iterations is read as the number of connections and --warmup as the measured seconds per scenario.
        var concurrency = args.Iterations ?? 16;
        var seconds = args.Warmup ?? 15;
        var dll = StoreBenchmark.FindWebDll();
        if (dll is null)
        {
            Console.WriteLine("delivery: build the web project in Release first: dotnet build -c Release src/ICDiplomacy.Web");
            return 1;
        }

        // BENCH_DELIVERY_DIR keeps the database and the indexes between runs: generation and index builds are then skipped.
        var keep = Environment.GetEnvironmentVariable("BENCH_DELIVERY_DIR");
        var dir = string.IsNullOrEmpty(keep) ? Path.Combine(Path.GetTempPath(), "icd-bench-" + Guid.NewGuid().ToString("N")[..8]) : Path.GetFullPath(keep);
        var reuse = File.Exists(Path.Combine(dir, "icdiplomacy.db"));
        Directory.CreateDirectory(dir);
        var connectionString = $"Data Source={Path.Combine(dir, "icdiplomacy.db")};Foreign Keys=True;Default Timeout=30;Pooling=True";
        // BENCH_DELIVERY_SCENARIOS=cached,uncached,list picks scenarios (all by default).
        var scenarios = (Environment.GetEnvironmentVariable("BENCH_DELIVERY_SCENARIOS") ?? "cached,uncached,list").Split(',', StringSplitOptions.TrimEntries);
        Console.WriteLine($"delivery: {size:N0} reports in {dir}{(reuse ? " (reused)" : "")}, {concurrency} connections, {seconds} s per scenario after a 5 s warm-up");

        List<Guid> reports;
        if (reuse)
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT Key FROM cmsDocument WHERE ContentType = 'report' ORDER BY Id";
            reports = [];
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                reports.Add(Guid.Parse(reader.GetString(0)));
            }
        }
        else
        {
            using (var host = BuildHost(dir, connectionString))
            {
                host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
                (_, reports) = StoreBenchmark.Generate(connectionString, size, args.Seed);
            }

            // The generator stamps every report with one publish time; real reports are published over years,
            // which is what lets a list sorted by update date stop at the page.
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var spread = connection.CreateCommand();
            spread.CommandText = "UPDATE cmsDocumentUrl SET PublishDate = strftime('%Y-%m-%d %H:%M:%S', '2026-01-01', '-' || (DocumentId * 37 % 5000000) || ' minutes')";
            spread.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var port = 5900 + Random.Shared.Next(300);
        var baseUrl = $"http://127.0.0.1:{port}/umbraco/delivery/api/v2/content";
        using var process = StartApp(dll, dir, connectionString, port);
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
            if (!WaitReady(http, $"http://127.0.0.1:{port}/health/ready", TimeSpan.FromSeconds(60)))
            {
                Console.WriteLine("delivery: the app did not become ready within 60 s");
                return 1;
            }

            // On a fresh database the app builds its search and delivery indexes in the background; measuring
            // meanwhile measures the rebuild (and the SQL fallback of list queries). /health/indexes answers 200
            // once every index is open and no rebuild or check is running.
            var waiting = Stopwatch.StartNew();
            if (!WaitReady(http, $"http://127.0.0.1:{port}/health/indexes", TimeSpan.FromMinutes(15)))
            {
                Console.WriteLine("delivery: the indexes were not ready within 15 minutes");
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexes ready after {waiting.Elapsed.TotalSeconds:0.0} s; load average {LoadAverage()}"));
            var cachedKey = reports[0];
            if (scenarios.Contains("cached"))
            {
                Report("cached item", Load(http, concurrency, seconds, _ => Get($"{baseUrl}/item/{cachedKey}", keyed: false)));
            }

            if (scenarios.Contains("uncached"))
            {
                Report("uncached item", Load(http, concurrency, seconds, i => Get($"{baseUrl}/item/{reports[(int)(i * 7919 % reports.Count)]}", keyed: true)));
            }

            if (scenarios.Contains("list"))
            {
                Report("filtered list page (uncached)", Load(http, concurrency, seconds, i => Get($"{baseUrl}?filter=region:Africa&filter=contentType:report&sort=updateDate:desc&take=20&skip={i % 50 * 20}", keyed: true)));
            }

            Console.WriteLine($"load average after the run: {LoadAverage()}");
            Console.WriteLine($"memory: resident set after the load {StoreBenchmark.ReadRss(process.Id)}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            if (string.IsNullOrEmpty(keep))
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        return 0;
    }

    private static HttpRequestMessage Get(string url, bool keyed)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (keyed)
        {
            request.Headers.TryAddWithoutValidation("Api-Key", ApiKey);
        }

        return request;
    }

    private static (long Requests, double Seconds, double[] SortedMs, long Failures) Load(HttpClient http, int concurrency, int seconds, Func<long, HttpRequestMessage> next)
    {
        RunFor(http, concurrency, TimeSpan.FromSeconds(5), next, record: false);
        return RunFor(http, concurrency, TimeSpan.FromSeconds(seconds), next, record: true);
    }

    private static (long Requests, double Seconds, double[] SortedMs, long Failures) RunFor(HttpClient http, int concurrency, TimeSpan duration, Func<long, HttpRequestMessage> next, bool record)
    {
        var counter = 0L;
        var failures = 0L;
        var samples = new List<double>[concurrency];
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = samples[w] = new List<double>(100_000);
            var buffer = new byte[64 * 1024];
            while (watch.Elapsed < duration)
            {
                var i = Interlocked.Increment(ref counter);
                using var request = next(i);
                var start = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                await using (var body = await response.Content.ReadAsStreamAsync())
                {
                    while (await body.ReadAsync(buffer) > 0)
                    {
                    }
                }

                if (record)
                {
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }

                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        Task.WaitAll(workers);
        var elapsed = watch.Elapsed.TotalSeconds;
        var all = samples.SelectMany(s => s).ToArray();
        Array.Sort(all);
        return (all.Length, elapsed, all, failures);
    }

    private static void Report(string name, (long Requests, double Seconds, double[] SortedMs, long Failures) result)
    {
        double P(double p) => result.SortedMs.Length == 0 ? 0 : result.SortedMs[Math.Clamp((int)Math.Ceiling(p * result.SortedMs.Length) - 1, 0, result.SortedMs.Length - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {result.Requests / result.Seconds:N0} req/s  p50 {P(0.50):0.00} ms  p99 {P(0.99):0.00} ms  ({result.Requests:N0} requests, {result.Failures} non-200)"));
    }

    private static Process StartApp(string dll, string dir, string connectionString, int port)
    {
        var psi = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["ConnectionStrings__Cms"] = connectionString;
        psi.Environment["Cms__DataDirectory"] = dir;
        psi.Environment["Cms__SeedDemoContent"] = "false";
        psi.Environment["DeliveryApi__ApiKey"] = ApiKey;
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static bool WaitReady(HttpClient http, string url, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            try
            {
                if (http.GetAsync(url).GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }

            Thread.Sleep(timeout > TimeSpan.FromMinutes(1) ? 1000 : 50);
        }

        return false;
    }

    private static IHost BuildHost(string dir, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Cms"] = connectionString,
            ["Cms:DataDirectory"] = dir,
            ["Cms:SeedDemoContent"] = "false",
        });
        builder.AddData();
        builder.AddCms();
        return builder.Build();
    }
}
