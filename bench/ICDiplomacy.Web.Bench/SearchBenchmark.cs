using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Search;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ICDiplomacy.Web.Bench;

/// <summary>
/// Search over N synthetic reports (default 100 000) written straight into an embedded SQLite database:
/// ~5 KB of text each from a Zipf-distributed vocabulary, 1–3 countries from the whole catalog (so every
/// M49 region and sub-region), four report types, eleven years, and a translation (fr, es, ru or ar, each
/// with its own vocabulary) for 30 % of them. Times a full rebuild of both indexes, single-client search latency for 1–3 words with a
/// region filter and all facets, queries per second with 8 concurrent clients (in-process, no HTTP), and
/// publish-to-searchable through the content service and the outbox dispatcher.
/// </summary>
internal static class SearchBenchmark
{
    private const int Vocabulary = 5000;
    private static readonly string[] Types = ["meetingSummary", "policyBrief", "researchPaper", "proposalToGovernments"];
    private static readonly string[] Translations = ["fr", "es", "ru", "ar"];
    private static readonly string[] Syllables = ["ka", "ro", "mi", "te", "sa", "lu", "ne", "vo", "di", "pa", "gre", "sho", "tan", "bel", "qui", "zor", "ham", "lek", "pri", "du"];

    public static int Run(BenchArguments args)
    {
        var size = args.Size ?? 100_000;
        var iterations = args.Iterations ?? 1000;
        var warmup = args.Warmup ?? 200;
        // BENCH_SEARCH_DIR keeps the generated database and index between runs (generation and rebuild are then skipped).
        var keep = Environment.GetEnvironmentVariable("BENCH_SEARCH_DIR");
        var dir = string.IsNullOrEmpty(keep) ? Path.Combine(Path.GetTempPath(), "icd-search-bench-" + Guid.NewGuid().ToString("N")[..8]) : Path.GetFullPath(keep);
        var reuse = File.Exists(Path.Combine(dir, "icdiplomacy.db"));
        Directory.CreateDirectory(dir);
        var connectionString = $"Data Source={Path.Combine(dir, "icdiplomacy.db")};Foreign Keys=True;Default Timeout=30;Pooling=True";
        Console.WriteLine($"search: {size:N0} reports in {dir}");
        var words = MakeVocabulary(args.Seed);
        try
        {
            using var host = BuildHost(dir, connectionString);
            host.StartAsync().GetAwaiter().GetResult();
            var indexes = host.Services.GetRequiredService<SearchIndexManager>();
            indexes.WhenIdleAsync().GetAwaiter().GetResult();

            Guid listing;
            if (reuse)
            {
                listing = ListingKey(connectionString);
                Console.WriteLine($"reusing {dir}: external {indexes.External.CountItems():N0} items");
            }
            else
            {
                var generate = Stopwatch.StartNew();
                (listing, var translated) = Generate(connectionString, host.Services.GetRequiredService<CountryCatalog>(), words, size, args.Seed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generate: {size:N0} reports ({translated:N0} with a translation) in {generate.Elapsed.TotalSeconds:0.0} s"));

                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var rebuild = Stopwatch.StartNew();
                indexes.StartRebuild().GetAwaiter().GetResult();
                rebuild.Stop();
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"rebuild: {size:N0} items ({size + translated:N0} external documents) in {rebuild.Elapsed.TotalSeconds:0.0} s ({size / rebuild.Elapsed.TotalSeconds:N0} items/s), {cpuSeconds:0} s of CPU; external {indexes.External.CountItems():N0} items"));
            }

            var parser = host.Services.GetRequiredService<SearchRequestParser>();
            var service = host.Services.GetRequiredService<SearchService>();
            var random = new Random(args.Seed);
            var queries = Enumerable.Range(0, 512).Select(_ => Query(parser, words, random)).ToArray();
            var next = 0;
            long hits = 0;
            var searchCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var latency = LatencyStats.Measure(() =>
            {
                var response = service.Search(queries[next++ % queries.Length]).Response!;
                hits += response.Total;
            }, warmup, iterations);
            var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - searchCpu).TotalMilliseconds / (warmup + iterations);
            Console.WriteLine($"search (1-3 words + region filter + 7 facets + snippets, 1 client): {latency}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  process CPU per query: {cpuPerQuery:0.00} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  mean hits per query: {hits / (double)(warmup + iterations):N0}"));

            var qpsCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (qps, total) = Concurrent(service, queries, clients: 8, TimeSpan.FromSeconds(15));
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - qpsCpu).TotalMilliseconds / total;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"search, 8 concurrent clients for 15 s: {qps:N0} queries/s; {cpuMs:0.00} ms of CPU per query (= {2000 / cpuMs:N0} queries/s if both cores were ours)"));

            PublishToSearchable(host.Services, parser, service, listing, warmup: 3, iterations: 20);
            host.StopAsync().GetAwaiter().GetResult();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                if (string.IsNullOrEmpty(keep))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            catch (IOException)
            {
            }
        }

        return 0;
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
            ["Search:VerifyOnStartup"] = "false",
            ["Search:MaxConcurrentSearches"] = "64",
            ["Search:TimeBudget"] = "00:00:10",
        });
        builder.AddData();
        builder.AddCms();
        builder.AddSearch();
        return builder.Build();
    }

    private static string[] MakeVocabulary(int seed)
    {
        var random = new Random(seed);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (set.Count < Vocabulary)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < 2 + random.Next(3); i++)
            {
                sb.Append(Syllables[random.Next(Syllables.Length)]);
            }

            set.Add(sb.ToString());
        }

        return set.ToArray();
    }

    /// <summary>Zipf-like: word rank r is drawn with probability proportional to 1/r.</summary>
    private sealed class ZipfWords(string[] words, Random random)
    {
        private readonly double[] _cumulative = Cumulative(words.Length);

        public string Next()
        {
            var x = random.NextDouble() * _cumulative[^1];
            var i = Array.BinarySearch(_cumulative, x);
            return words[i < 0 ? ~i : i];
        }

        public string Text(int count)
        {
            var sb = new StringBuilder(count * 8);
            for (var i = 0; i < count; i++)
            {
                sb.Append(Next()).Append(i % 14 == 13 ? ". " : " ");
            }

            return sb.ToString();
        }

        private static double[] Cumulative(int n)
        {
            var c = new double[n];
            var sum = 0.0;
            for (var r = 0; r < n; r++)
            {
                sum += 1.0 / (r + 1);
                c[r] = sum;
            }

            return c;
        }
    }

    private static SearchRequest Query(SearchRequestParser parser, string[] words, Random random)
    {
        // Mid-frequency words (rank 50–2 000), as people type; every query has a region filter.
        var n = 1 + random.Next(3);
        var q = string.Join(' ', Enumerable.Range(0, n).Select(_ => words[50 + random.Next(1950)]));
        string[] regions = ["Africa", "Americas", "Asia", "Europe", "Oceania"];
        var query = $"q={q}&region={regions[random.Next(regions.Length)]}";
        return parser.Parse(QueryHelpers.ParseQuery(query)).Request ?? throw new InvalidOperationException("bad bench query " + query);
    }

    private static (double PerSecond, long Total) Concurrent(SearchService service, SearchRequest[] queries, int clients, TimeSpan duration)
    {
        long done = 0;
        var stop = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, clients).Select(c => new Thread(() =>
        {
            var i = c * 31;
            while (stop.Elapsed < duration)
            {
                service.Search(queries[i++ % queries.Length]);
                Interlocked.Increment(ref done);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return (done / stop.Elapsed.TotalSeconds, done);
    }

    private static Guid ListingKey(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Key FROM cmsDocument WHERE Id = 2";
        return Guid.Parse((string)command.ExecuteScalar()!);
    }

    private static void PublishToSearchable(IServiceProvider services, SearchRequestParser parser, SearchService service, Guid listing, int warmup, int iterations)
    {
        var samples = new List<double>();
        for (var i = 0; i < warmup + iterations; i++)
        {
            var word = "zz" + Guid.NewGuid().ToString("N")[..10];
            using var scope = services.CreateScope();
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var created = content.CreateAsync("report", listing, new DocumentEdit
            {
                Names = new Dictionary<string, string> { ["en"] = "Fresh " + word },
                Values = new Dictionary<string, JsonNode?>
                {
                    ["reportType"] = "policyBrief",
                    ["summary"] = new JsonObject { ["en"] = "Just published: " + word },
                    ["publicationDate"] = "2026-11-25",
                    ["countries"] = new JsonArray("KE"),
                },
            }, "bench").GetAwaiter().GetResult();
            var request = parser.Parse(QueryHelpers.ParseQuery("q=" + word)).Request!;
            var watch = Stopwatch.StartNew();
            var published = content.PublishAsync(created.Key!.Value, null, "bench").GetAwaiter().GetResult();
            if (!published.Succeeded)
            {
                throw new InvalidOperationException("publish failed: " + published.Message);
            }

            while (service.Search(request).Response!.Total == 0)
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new InvalidOperationException("not searchable after 30 s");
                }

                Thread.Sleep(2);
            }

            if (i >= warmup)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"publish to searchable (publish call + outbox + index commit + reopen, {iterations} runs): p50 {samples[samples.Count / 2]:0.0} ms, max {samples[^1]:0.0} ms"));
    }

    /// <summary>Bulk-loads home, a reports listing and the reports with prepared statements in one transaction.</summary>
    private static (Guid Listing, int Translated) Generate(string connectionString, CountryCatalog catalog, string[] words, int size, int seed)
    {
        var random = new Random(seed);
        var zipf = new ZipfWords(words, random);
        // Each language has its own words, as real translations do; an English query word is rare elsewhere.
        var translations = new Dictionary<string, ZipfWords>
        {
            ["fr"] = new(words.Select(w => w + "eau").ToArray(), random),
            ["es"] = new(words.Select(w => w + "ado").ToArray(), random),
            ["ru"] = new(words.Select(w => Map(w, "абкдефгхиджлмнопкрстувўксыз")).ToArray(), random),
            ["ar"] = new(words.Select(w => Map(w, "ابكدعفغهيجكلمنوبقرستوفوكسيز")).ToArray(), random),
        };
        var countries = catalog.All.Where(c => c.Region != M49Region.Unknown).Select(c => c.Alpha2).ToArray();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var tx = connection.BeginTransaction();
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var doc = Command(connection, tx, "INSERT INTO cmsDocument (Id, Key, ParentId, Path, Level, SortOrder, ContentType, Trashed, LatestVersion, PublishedVersion, PublishedCultures, CreateDate, UpdateDate) VALUES ($id, $key, $parent, $path, $level, $sort, $type, 0, 1, 1, $cultures, $now, $now)",
            "$id", "$key", "$parent", "$path", "$level", "$sort", "$type", "$cultures", "$now");
        var version = Command(connection, tx, "INSERT INTO cmsDocumentVersion (DocumentId, Number, State, Data, PublishedCultures, CreatedUtc, Author) VALUES ($doc, 1, 1, $data, $cultures, $now, 'generator')", "$doc", "$data", "$cultures", "$now");
        var url = Command(connection, tx, "INSERT INTO cmsDocumentUrl (DocumentId, RootId, Culture, Route, Segment, Name, PublishDate) VALUES ($doc, 1, $culture, $route, $segment, $name, $now)", "$doc", "$culture", "$route", "$segment", "$name", "$now");
        var variant = Command(connection, tx, "INSERT INTO cmsDocumentVariant (DocumentId, ParentId, Culture, Name, Segment) VALUES ($doc, $parent, $culture, $name, $segment)", "$doc", "$parent", "$culture", "$name", "$segment");
        string[] all = ["en", "fr", "es", "ru", "ar", "zh"];

        void Insert(long id, Guid key, long? parent, string path, int level, string type, Dictionary<string, string> names, string segment, string route, JsonObject values)
        {
            var cultures = string.Join(',', names.Keys.Order(StringComparer.Ordinal));
            Exec(doc, id, key.ToString().ToUpperInvariant(), (object?)parent ?? DBNull.Value, path, level, (int)(id % 100_000), type, cultures, now);
            var segments = new JsonObject();
            var nameJson = new JsonObject();
            foreach (var (culture, name) in names)
            {
                segments[culture] = segment;
                nameJson[culture] = name;
                Exec(url, id, culture, route, segment, name, now);
                Exec(variant, id, parent ?? -1, culture, name, segment);
            }

            Exec(version, id, new JsonObject { ["names"] = nameJson, ["segments"] = segments, ["values"] = values }.ToJsonString(), cultures, now);
        }

        Insert(1, Guid.NewGuid(), null, "-1,1", 1, "home", all.ToDictionary(c => c, c => "Home"), "home", "/",
            new JsonObject { ["heroTitle"] = new JsonObject(all.Select(c => KeyValuePair.Create(c, (JsonNode?)JsonValue.Create("Dialogue")))) });
        var listing = Guid.NewGuid();
        Insert(2, listing, 1, "-1,1,2", 2, "reportsListing", all.ToDictionary(c => c, c => "Reports"), "reports", "/reports/", new JsonObject());

        var translated = 0;
        for (var i = 0; i < size; i++)
        {
            var id = i + 3L;
            var names = new Dictionary<string, string> { ["en"] = zipf.Text(4 + random.Next(5)).TrimEnd() };
            var summary = new JsonObject { ["en"] = zipf.Text(40 + random.Next(30)) };
            var body = new JsonObject { ["en"] = "<p>" + zipf.Text(600 + random.Next(300)) + "</p>" };
            if (random.NextDouble() < 0.3)
            {
                var culture = Translations[random.Next(Translations.Length)];
                var local = translations[culture];
                names[culture] = local.Text(4 + random.Next(5)).TrimEnd();
                summary[culture] = local.Text(40 + random.Next(30));
                body[culture] = "<p>" + local.Text(600 + random.Next(300)) + "</p>";
                translated++;
            }

            var picked = new JsonArray(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (JsonNode?)JsonValue.Create(countries[random.Next(countries.Length)])).DistinctBy(n => n!.GetValue<string>()).ToArray());
            var values = new JsonObject
            {
                ["reportType"] = new JsonObject { ["*"] = Types[random.Next(Types.Length)] },
                ["summary"] = summary,
                ["body"] = body,
                ["countries"] = new JsonObject { ["*"] = picked },
                ["publicationDate"] = new JsonObject { ["*"] = $"{2015 + random.Next(11)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}" },
            };
            var segment = $"report-{i}";
            Insert(id, Guid.NewGuid(), 2, $"-1,1,2,{id}", 3, "report", names, segment, $"/reports/{segment}/", values);
        }

        tx.Commit();
        return (listing, translated);
    }

    private static string Map(string word, string alphabet) => string.Concat(word.Select(c => c is >= 'a' and <= 'z' ? alphabet[c - 'a'] : c));

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
}
