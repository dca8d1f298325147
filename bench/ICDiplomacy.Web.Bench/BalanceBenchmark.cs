using System.Runtime.InteropServices;
using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.RegionalBalance;

namespace ICDiplomacy.Web.Bench;

/// <summary>
/// Times <see cref="BalanceChecker.Check"/> on random lists (default 10 000 participants): 2 % without a
/// country, 1 % malformed codes, 1 % repeated ids, a two-party conflict with 5 % explicit party tags.
/// "uniform" draws countries evenly from the catalog (verdict PASS); "skewed" puts half the list in Europe
/// and shares one country between the parties, so every reason is built with its explanation (FAIL).
/// </summary>
internal static class BalanceBenchmark
{
    public static int Run(BenchArguments args)
    {
        var size = args.Size ?? 10_000;
        var warmup = args.Warmup ?? 200;
        var iterations = args.Iterations ?? 1_000;
        var catalog = CountryCatalog.LoadFromSchemaDirectory(Path.Combine(AppContext.BaseDirectory, "content-schema"));
        Console.WriteLine($"runtime: .NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores; warm-up {warmup}, timed {iterations}");

        foreach (var (scenario, europeShare) in new[] { ("uniform", 0), ("skewed", 50) })
        {
            var input = new BalanceInput
            {
                Profile = BalanceProfile.Forum,
                Participants = RandomParticipants(catalog, size, europeShare, new Random(args.Seed)),
                Conflict = new BalanceConflict("Russia–Ukraine", [new("Russia", ["RU", "BY"]), new("Ukraine", ["UA", "BY"])]),
            };

            var sample = BalanceChecker.Check(input, catalog);
            var stats = LatencyStats.Measure(() => BalanceChecker.Check(input, catalog), warmup, iterations);
            Console.WriteLine($"{scenario,-8} N {sample.Metrics.N}, Nk {sample.Metrics.Nk}, {sample.Verdict} [{string.Join(", ", sample.ReasonCodes)}]");
            Console.WriteLine($"{"",-8} {stats}");
        }

        return 0;
    }

    private static List<BalanceParticipant> RandomParticipants(CountryCatalog catalog, int size, int europePercent, Random random)
    {
        var all = catalog.All;
        var europe = catalog.InRegion(M49Region.Europe);
        var participants = new List<BalanceParticipant>(size);
        for (var i = 0; i < size; i++)
        {
            var roll = random.Next(100);
            var country = roll switch
            {
                < 2 => null,
                < 3 => "X1",
                _ when random.Next(100) < europePercent => europe[random.Next(europe.Count)].Alpha2,
                _ => all[random.Next(all.Count)].Alpha2,
            };
            var id = random.Next(100) == 0 && i > 0 ? participants[random.Next(i)].Id : $"person-{i:D6}";
            var party = random.Next(20) == 0 ? (random.Next(2) == 0 ? "Russia" : "Ukraine") : null;
            participants.Add(new BalanceParticipant(id, country, party));
        }

        return participants;
    }
}
