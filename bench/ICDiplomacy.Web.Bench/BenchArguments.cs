using System.Globalization;

namespace ICDiplomacy.Web.Bench;

/// <summary>Common options of every benchmark; each one picks its own defaults for the unset ones.</summary>
internal sealed record BenchArguments(int? Iterations, int? Warmup, int? Size, int Seed)
{
    public static BenchArguments Parse(string[] args)
    {
        int? iterations = null, warmup = null, size = null;
        var seed = 42;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--iterations": iterations = value; break;
                case "--warmup": warmup = value; break;
                case "--size": size = value; break;
                case "--seed": seed = value; break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.", nameof(args));
            }
        }

        return new BenchArguments(iterations, warmup, size, seed);
    }
}
