using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ICDiplomacy.Web.Bench;

/// <summary>
/// The content store on an embedded SQLite file: the generator loads N published reports (default 100 000),
/// then save-draft and publish latencies are timed through <see cref="ContentService"/>, then the web app
/// is started as a child process on that database to time cold start to a ready health answer and read
/// its idle resident memory.
/// </summary>
internal static class StoreBenchmark
{
    private static readonly string[] Countries = ["NG", "KE", "ZA", "EG", "SD", "US", "BR", "MX", "IN", "PK", "CN", "ID", "RU", "UA", "DE", "FR", "PL", "AM", "AZ", "AU", "FJ"];
    private static readonly string[] Types = ["meetingSummary", "policyBrief", "researchPaper", "proposalToGovernments"];

    public static int Run(BenchArguments args)
    {
        var size = args.Size ?? 100_000;
        var iterations = args.Iterations ?? 300;
        var warmup = args.Warmup ?? 30;
        var dir = Path.Combine(Path.GetTempPath(), "icd-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var dbPath = Path.Combine(dir, "icdiplomacy.db");
        var connectionString = $"Data Source={dbPath};Foreign Keys=True;Default Timeout=30;Pooling=True";
        Console.WriteLine($"store: {size:N0} documents in {dbPath}");

        using (var host = BuildHost(dir, connectionString))
        {
            host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();

            var generate = Stopwatch.StartNew();
            var (_, reportKeys) = Generate(connectionString, size, args.Seed);
            generate.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generate: {size:N0} published reports in {generate.Elapsed.TotalSeconds:0.0} s ({size / generate.Elapsed.TotalSeconds:N0} documents/s)"));

            var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
            var random = new Random(args.Seed);
            var version = new Dictionary<Guid, int>();
            var targets = reportKeys.OrderBy(_ => random.Next()).Take(warmup + iterations).ToArray();
            var next = 0;
            Guid current = default;

            var save = LatencyStats.Measure(() =>
            {
                current = targets[next++ % targets.Length];
                using var scope = scopes.CreateScope();
                var content = scope.ServiceProvider.GetRequiredService<ContentService>();
                var basedOn = version.GetValueOrDefault(current, 1);
                var result = content.SaveAsync(current, basedOn, Edit(current, random), "bench").GetAwaiter().GetResult();
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"save failed: {result.Status} {string.Join("; ", result.Errors.Select(e => e.Property + ": " + e.Message))}");
                }

                version[current] = result.Version!.Value;
            }, warmup, iterations);
            Console.WriteLine($"save draft: {save}");

            next = 0;
            var publish = LatencyStats.Measure(() =>
            {
                current = targets[next++ % targets.Length];
                using var scope = scopes.CreateScope();
                var content = scope.ServiceProvider.GetRequiredService<ContentService>();
                var result = content.PublishAsync(current, null, "bench").GetAwaiter().GetResult();
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"publish failed: {result.Status} {string.Join("; ", result.Errors.Select(e => e.Property + ": " + e.Message))}");
                }
            }, warmup, iterations);
            Console.WriteLine($"publish: {publish}");
        }

        SqliteConnection.ClearAllPools();
        ColdStart(dir, connectionString);
        if (Environment.GetEnvironmentVariable("BENCH_STORE_KEEP") == "1")
        {
            Console.WriteLine($"kept: {dir} (database and search index, for measuring the app by hand)");
            return 0;
        }

        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static IHost BuildHost(string dir, string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            builder.Logging.AddConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning);
        }

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

    private static DocumentEdit Edit(Guid key, Random random) => new()
    {
        Names = new Dictionary<string, string> { ["en"] = $"Report {key.ToString()[..8]}" },
        Values = new Dictionary<string, JsonNode?>
        {
            ["reportType"] = Types[random.Next(Types.Length)],
            ["summary"] = new JsonObject { ["en"] = $"Edited summary {random.Next()} on de-escalation and humanitarian access." },
            ["body"] = new JsonObject { ["en"] = Body(random) },
            ["countries"] = new JsonArray(Countries[random.Next(Countries.Length)], Countries[random.Next(Countries.Length)]),
            ["topics"] = new JsonArray("ceasefire", "humanitarian access"),
            ["publicationDate"] = "2025-06-01",
        },
    };

    private static string Body(Random random) =>
        string.Concat(Enumerable.Range(0, 6).Select(i => $"<p>Participants discussed confidence-building measures, prisoner exchanges and the role of regional organisations ({random.Next()}). Views differed on sequencing; several proposals were noted for follow-up.</p>"));

    /// <summary>Bulk-loads a home page, a reports listing and <paramref name="size"/> published reports with prepared statements in one transaction.</summary>
    internal static (Guid Listing, List<Guid> Reports) Generate(string connectionString, int size, int seed)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var tx = connection.BeginTransaction();
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

        var doc = Command(connection, tx, "INSERT INTO cmsDocument (Id, Key, ParentId, Path, Level, SortOrder, ContentType, Trashed, LatestVersion, PublishedVersion, PublishedCultures, CreateDate, UpdateDate) VALUES ($id, $key, $parent, $path, $level, $sort, $type, 0, 1, 1, 'en', $now, $now)",
            "$id", "$key", "$parent", "$path", "$level", "$sort", "$type", "$now");
        var version = Command(connection, tx, "INSERT INTO cmsDocumentVersion (DocumentId, Number, State, Data, PublishedCultures, CreatedUtc, Author) VALUES ($doc, 1, 1, $data, 'en', $now, 'generator')", "$doc", "$data", "$now");
        var url = Command(connection, tx, "INSERT INTO cmsDocumentUrl (DocumentId, RootId, Culture, Route, Segment, Name, PublishDate) VALUES ($doc, 1, 'en', $route, $segment, $name, $now)", "$doc", "$route", "$segment", "$name", "$now");
        var variant = Command(connection, tx, "INSERT INTO cmsDocumentVariant (DocumentId, ParentId, Culture, Name, Segment) VALUES ($doc, $parent, 'en', $name, $segment)", "$doc", "$parent", "$name", "$segment");
        var facet = Command(connection, tx, "INSERT INTO cmsDocumentFacet (DocumentId, Culture, Alias, Value) VALUES ($doc, $culture, $alias, $value)", "$doc", "$culture", "$alias", "$value");

        void Insert(long id, Guid key, long? parent, string path, int level, int sort, string type, string name, string segment, string route, JsonObject values)
        {
            Exec(doc, id, key.ToString().ToUpperInvariant(), (object?)parent ?? DBNull.Value, path, level, sort, type, now);
            var data = new JsonObject
            {
                ["names"] = new JsonObject { ["en"] = name },
                ["segments"] = new JsonObject { ["en"] = segment },
                ["values"] = values,
            };
            Exec(version, id, data.ToJsonString(), now);
            Exec(url, id, route, segment, name, now);
            Exec(variant, id, parent ?? -1, name, segment);
        }

        var homeKey = Guid.NewGuid();
        Insert(1, homeKey, null, "-1,1", 1, 0, "home", "Home", "home", "/", new JsonObject { ["heroTitle"] = new JsonObject { ["en"] = "Dialogue across divides" } });
        var listingKey = Guid.NewGuid();
        Insert(2, listingKey, 1, "-1,1,2", 2, 0, "reportsListing", "Reports", "reports", "/reports/", new JsonObject());

        var keys = new List<Guid>(size);
        for (var i = 0; i < size; i++)
        {
            var id = i + 3L;
            var key = Guid.NewGuid();
            keys.Add(key);
            var country = Countries[random.Next(Countries.Length)];
            var type = Types[random.Next(Types.Length)];
            var date = $"{2015 + random.Next(11)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}";
            var values = new JsonObject
            {
                ["reportType"] = new JsonObject { ["*"] = type },
                ["summary"] = new JsonObject { ["en"] = $"Summary {i} on dialogue between the parties and humanitarian access." },
                ["body"] = new JsonObject { ["en"] = Body(random) },
                ["countries"] = new JsonObject { ["*"] = new JsonArray(country) },
                ["topics"] = new JsonObject { ["*"] = new JsonArray("ceasefire") },
                ["publicationDate"] = new JsonObject { ["*"] = date },
            };
            var segment = $"report-{i}";
            Insert(id, key, 2, $"-1,1,2,{id}", 3, i, "report", $"Report {i}", segment, $"/reports/{segment}/", values);
            Exec(facet, id, "*", "countries", country);
            Exec(facet, id, "*", "reportType", type);
            Exec(facet, id, "*", "publicationDate", date);
        }

        tx.Commit();
        return (listingKey, keys);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new SqliteParameter(p, null));
        }

        command.Prepare();
        return command;
    }

    private static void Exec(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Builds the search index with a first run of the Release web app (a deployed node has its index on
    /// disk; without one the app rebuilds it in the background, which is not idle) that also creates the
    /// administrator by unattended install (a deployed node is installed; an uninstalled one generates and
    /// prints a setup token at every start), then starts the app
    /// again on the same data folder: times launch → first 200 from /health/ready and reads VmRSS after
    /// 10 s and after 40 s without requests (the idle trim runs after 10 s of quiet).
    /// </summary>
    private static void ColdStart(string dir, string connectionString)
    {
        var dll = FindWebDll();
        if (dll is null)
        {
            Console.WriteLine("coldstart: skipped (build the web project in Release first: dotnet build -c Release src/ICDiplomacy.Web)");
            return;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using (var first = StartWebApp(dll, dir, connectionString, out var firstPort, install: true))
        {
            var watch = Stopwatch.StartNew();
            if (WaitFor(http, $"http://127.0.0.1:{firstPort}/health/ready", first, TimeSpan.FromSeconds(60)) is null)
            {
                Console.WriteLine("coldstart: the first run never became ready");
                return;
            }

            // 503 while an index (search or delivery) is being built or checked; 200 once all are open and idle.
            var indexed = WaitFor(http, $"http://127.0.0.1:{firstPort}/health/indexes", first, TimeSpan.FromMinutes(15), pollEvery: TimeSpan.FromSeconds(1));
            Console.WriteLine(indexed is { } built
                ? string.Create(CultureInfo.InvariantCulture, $"index: built by the first run in {watch.Elapsed.TotalSeconds:0} s")
                : "index: not built within 15 min");
            Stop(first);
        }

        using var process = StartWebApp(dll, dir, connectionString, out var port);
        var ready = WaitFor(http, $"http://127.0.0.1:{port}/health/ready", process, TimeSpan.FromSeconds(60));
        Console.WriteLine(ready is { } r
            ? string.Create(CultureInfo.InvariantCulture, $"coldstart: process launch → /health/ready 200 in {r.TotalMilliseconds:0} ms")
            : "coldstart: not ready within 60 s");
        Thread.Sleep(TimeSpan.FromSeconds(10));
        Console.WriteLine($"memory: resident set {ReadRss(process.Id)} after 10 s without requests");
        Thread.Sleep(TimeSpan.FromSeconds(30));
        Console.WriteLine($"memory: idle resident set {ReadRss(process.Id)} after 40 s without requests");
        Stop(process);
    }

    private static Process StartWebApp(string dll, string dir, string connectionString, out int port, bool install = false)
    {
        port = 5600 + Random.Shared.Next(300);
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
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        if (install)
        {
            psi.Environment["Cms__Unattended__UserName"] = "bench-admin";
            psi.Environment["Cms__Unattended__UserEmail"] = "bench-admin@example.org";
            psi.Environment["Cms__Unattended__UserPassword"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        }

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200; returns the time that took, or null.</summary>
    private static TimeSpan? WaitFor(HttpClient http, string url, Process process, TimeSpan limit, TimeSpan? pollEvery = null)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit && !process.HasExited)
        {
            try
            {
                if (http.GetAsync(url).GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return watch.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            Thread.Sleep(pollEvery ?? TimeSpan.FromMilliseconds(10));
        }

        return null;
    }

    private static void Stop(Process process)
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    internal static string ReadRss(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return "unknown (no /proc)";
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? "unknown" : line["VmRSS:".Length..].Trim();
    }

    internal static string? FindWebDll()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "src", "ICDiplomacy.Web", "bin", "Release", "net10.0", "ICDiplomacy.Web.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
