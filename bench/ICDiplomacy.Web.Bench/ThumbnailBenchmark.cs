using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ICDiplomacy.Web.Media;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ICDiplomacy.Web.Bench;

/// <summary>
/// A 2000 × 1500 JPEG (smooth gradients plus grain, quality 85) to a 400 px wide thumbnail through
/// <see cref="ImagePipeline.ProcessAsync"/>, the uncached path of a /media/…?width=400 request: hardened
/// decode, resize, JPEG encode, behind the concurrency limiter. Timed on one thread, then on two threads
/// at once (two decode slots, the default) for throughput.
/// </summary>
internal static class ThumbnailBenchmark
{
    private const int Threads = 2;

    public static int Run(BenchArguments args)
    {
        var warmup = args.Warmup ?? 10;
        var iterations = args.Iterations ?? 200;
        var source = Photo(2000, 1500, args.Seed);
        using var pipeline = new ImagePipeline(Options.Create(new MediaOptions { MaxConcurrentDecodes = Threads }), NullLogger<ImagePipeline>.Instance);
        var commands = new ImageCommands { Width = 400 };
        var sample = Thumbnail(pipeline, source, commands);
        Console.WriteLine($"runtime: .NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical cores; warm-up {warmup}, timed {iterations}");
        Console.WriteLine($"source: 2000 × 1500 JPEG, {source.Length / 1024} KiB → {sample.Width} × {sample.Height} JPEG, {sample.Bytes.Length / 1024} KiB");

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var single = LatencyStats.Measure(() => Thumbnail(pipeline, source, commands), warmup, iterations);
        var cpuPerImage = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (warmup + iterations);
        Console.WriteLine($"1 thread   {single}");
        // CPU time is what one thumbnail costs on an idle core; wall-clock figures include other processes' load.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1 thread   process CPU time {cpuPerImage:0.0} ms per image; load average {LoadAverage()}"));

        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var decode = LatencyStats.Measure(() => Image.Load(pipeline.Configuration, source).Dispose(), warmup, iterations);
        var cpuPerDecode = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (warmup + iterations);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"decode     p50 {decode.P50Ms:0.0} ms; process CPU time {cpuPerDecode:0.0} ms per decode (the rest of a thumbnail is resize + encode)"));

        var samples = new double[iterations];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < iterations)
            {
                var start = Stopwatch.GetTimestamp();
                Thumbnail(pipeline, source, commands);
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Threads} threads  p50 {Percentile(samples, 0.50):0.0} ms  p95 {Percentile(samples, 0.95):0.0} ms  max {samples[^1]:0.0} ms  {iterations / elapsed:0.0} img/s"));
        return 0;
    }

    private static ImageResult Thumbnail(ImagePipeline pipeline, byte[] source, ImageCommands commands)
    {
        var result = pipeline.ProcessAsync(source, "jpg", commands, CancellationToken.None).GetAwaiter().GetResult();
        return result.Succeeded ? result : throw new InvalidOperationException(result.Message);
    }

    /// <summary>Photo-like content: gradients compress like sky and walls, the grain like foliage.</summary>
    private static byte[] Photo(int width, int height, int seed)
    {
        var random = new Random(seed);
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var grain = random.Next(-24, 25);
                    row[x] = new Rgb24(
                        (byte)Math.Clamp((x * 255 / width) + grain, 0, 255),
                        (byte)Math.Clamp((y * 255 / height) + grain, 0, 255),
                        (byte)Math.Clamp(((x + y) * 128 / (width + height)) + 64 + grain, 0, 255));
                }
            }
        });
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder { Quality = 85 });
        return output.ToArray();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
