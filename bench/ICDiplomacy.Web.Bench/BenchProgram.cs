namespace ICDiplomacy.Web.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/ICDiplomacy.Web.Bench -- &lt;benchmark&gt; [options]</c>.
/// Each benchmark is one sub-command; add a line to <see cref="Benchmarks"/> for a new one.
/// </summary>
internal static class BenchProgram
{
    private static readonly Dictionary<string, (string Description, Func<BenchArguments, int> Run)> Benchmarks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["balance"] = ("Regional-balance check on random participant lists (default 10 000).", BalanceBenchmark.Run),
        ["delivery"] = ("Delivery API over HTTP: cached item, uncached item, filtered list page (default 100 000 reports, 16 connections, 15 s each).", DeliveryBenchmark.Run),
        ["delivery-item-probe"] = ("One uncached Delivery API item in-process, stage by stage: µs and bytes per call (diagnosis).", DeliveryItemProbe.Run),
        ["delivery-probe"] = ("One Delivery API list query in-process with its SQL (diagnosis).", DeliveryQueryProbe.Run),
        ["search"] = ("Search: N synthetic reports (default 100 000), full rebuild, latency with region filter and facets, 8-client QPS, publish-to-searchable.", SearchBenchmark.Run),
        ["thumbnail"] = ("2000 × 1500 JPEG to a 400 px thumbnail through the hardened image pipeline, 1 and 2 threads.", ThumbnailBenchmark.Run),
        ["store"] = ("Content store: generate N published reports (default 100 000), save/publish latency, cold start, idle memory.", StoreBenchmark.Run),
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var benchmark))
        {
            Console.Error.WriteLine("Usage: ICDiplomacy.Web.Bench <benchmark> [--iterations N] [--warmup N] [--size N] [--seed N]");
            foreach (var (name, (description, _)) in Benchmarks)
            {
                Console.Error.WriteLine($"  {name,-10} {description}");
            }

            return args.Length == 0 ? 0 : 2;
        }

#if DEBUG
        Console.WriteLine("warning: Debug build; run with -c Release for figures worth recording.");
#endif
        return benchmark.Run(BenchArguments.Parse(args[1..]));
    }
}
