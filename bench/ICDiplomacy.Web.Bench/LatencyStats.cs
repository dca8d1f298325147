using System.Diagnostics;
using System.Globalization;

namespace ICDiplomacy.Web.Bench;

/// <summary>Per-operation timings in milliseconds and allocated bytes, measured with <see cref="Stopwatch"/>.</summary>
internal sealed record LatencyStats(int Iterations, double MeanMs, double P50Ms, double P99Ms, double MinMs, double MaxMs, long BytesPerOp)
{
    /// <summary>Runs <paramref name="operation"/> <paramref name="warmup"/> times untimed, then times each of <paramref name="iterations"/> runs.</summary>
    public static LatencyStats Measure(Action operation, int warmup, int iterations)
    {
        for (var i = 0; i < warmup; i++)
        {
            operation();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var samples = new double[iterations];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var bytesPerOp = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / iterations;
        Array.Sort(samples);
        return new LatencyStats(iterations, samples.Average(), Percentile(samples, 0.50), Percentile(samples, 0.99), samples[0], samples[^1], bytesPerOp);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"p50 {P50Ms:0.000} ms  p99 {P99Ms:0.000} ms  mean {MeanMs:0.000} ms  min {MinMs:0.000} ms  max {MaxMs:0.000} ms  ({Iterations} runs, {BytesPerOp / 1024.0:0.0} KiB allocated per run)");

    // Nearest-rank percentile over sorted samples.
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
