using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.Processing;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// Every ImageSharp call in the app goes through here (SECURITY-GUIDE §2.2): a Configuration that knows
/// PNG, JPEG, GIF and WebP only, decoders that ignore metadata, an allocation limit, a GIF frame cap,
/// identify-before-decode with width, height and pixel caps, and a small concurrency limit with a timeout.
/// </summary>
public sealed class ImagePipeline : IDisposable
{
    private readonly MediaOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly ILogger<ImagePipeline> _logger;
    private Hardened? _hardened;
    private long _decodes;

    public ImagePipeline(IOptions<MediaOptions> options, ILogger<ImagePipeline> logger)
    {
        _options = options.Value;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.MaxConcurrentDecodes, _options.MaxConcurrentDecodes);
    }

    /// <summary>
    /// The hardened ImageSharp configuration, built on first use: a node that serves no image never loads ImageSharp
    /// (part of the idle-memory budget). Building it twice in a race is harmless; one wins.
    /// </summary>
    public Configuration Configuration => (Volatile.Read(ref _hardened) ?? InitializeHardened()).Configuration;

    private Hardened InitializeHardened()
    {
        var created = new Hardened(_options);
        return Interlocked.CompareExchange(ref _hardened, created, null) ?? created;
    }

    /// <summary>Full decodes started since start-up; tests use it to prove a file was refused before decoding.</summary>
    public long Decodes => Interlocked.Read(ref _decodes);

    /// <summary>
    /// Checks an uploaded image (structure, then header dimensions, then a full decode) and re-encodes it in
    /// its own format without any metadata, upright per its EXIF orientation. Nothing is decoded before the caps pass.
    /// </summary>
    public Task<ImageResult> PrepareUploadAsync(byte[] data, MediaFileKind kind, CancellationToken ct)
    {
        if (kind == MediaFileKind.Gif)
        {
            var (verdict, frames) = GifStructure.Inspect(data, _options.MaxFrames);
            if (verdict == GifStructure.Verdict.TooManyFrames)
            {
                return Task.FromResult(ImageResult.Fail(MediaOperationStatus.Invalid, $"The GIF has more than {_options.MaxFrames} frames."));
            }

            if (verdict == GifStructure.Verdict.Malformed)
            {
                return Task.FromResult(ImageResult.Fail(MediaOperationStatus.Invalid, $"The GIF is malformed (its structure breaks after {frames} frame(s))."));
            }
        }

        if (kind == MediaFileKind.Webp && WebpStructure.IsAnimated(data))
        {
            return Task.FromResult(ImageResult.Fail(MediaOperationStatus.UnsupportedMediaType, "Animated WebP images are not accepted."));
        }

        return RunLimitedAsync(token => ReencodeAsync(data, kind, token), MediaOperationStatus.Invalid, ct);
    }

    /// <summary>Applies <paramref name="commands"/> to a stored image (already re-encoded by <see cref="PrepareUploadAsync"/>).</summary>
    public Task<ImageResult> ProcessAsync(byte[] source, string sourceExtension, ImageCommands commands, CancellationToken ct) =>
        RunLimitedAsync(token => ProcessCoreAsync(source, sourceExtension, commands, token), MediaOperationStatus.Busy, ct);

    public void Dispose() => _slots.Dispose();

    private async Task<ImageResult> ReencodeAsync(byte[] data, MediaFileKind kind, CancellationToken ct)
    {
        try
        {
            using var input = new MemoryStream(data, writable: false);
            var (info, format) = await Image.IdentifyWithFormatAsync(Configuration, input, ct);
            if (info is null || format is null || KindOf(format) != kind)
            {
                return ImageResult.Fail(MediaOperationStatus.UnsupportedMediaType, "The file is not a readable PNG, JPEG, GIF or WebP image.");
            }

            if (info.Width > _options.MaxImageWidth || info.Height > _options.MaxImageHeight || (long)info.Width * info.Height > _options.MaxImagePixels)
            {
                return ImageResult.Fail(MediaOperationStatus.Invalid,
                    $"The image is {info.Width} × {info.Height} pixels; the limit is {_options.MaxImageWidth} × {_options.MaxImageHeight} and {_options.MaxImagePixels / 1_000_000} megapixels.");
            }

            if (info.Width < 1 || info.Height < 1)
            {
                return ImageResult.Fail(MediaOperationStatus.Invalid, "The image has no pixels.");
            }

            ct.ThrowIfCancellationRequested();
            input.Position = 0;
            Interlocked.Increment(ref _decodes);
            // The async load hands the timeout token to the decoder, which checks it between rows and segments.
            using var image = await Image.LoadAsync(Configuration, input, ct);
            var orientation = kind == MediaFileKind.Jpeg ? JpegOrientation.Read(data) : 1;
            if (orientation != 1)
            {
                image.Mutate(x => Orient(x, orientation));
            }

            StripMetadata(image);
            ct.ThrowIfCancellationRequested();
            var extension = MediaFileSniffer.ExtensionOf(kind);
            return Encode(image, extension, quality: null, ct);
        }
        catch (OperationCanceledException)
        {
            return ImageResult.Fail(MediaOperationStatus.Invalid, $"The image took longer than {_options.DecodeTimeout.TotalSeconds:0} s to decode.");
        }
        catch (InvalidMemoryOperationException)
        {
            return ImageResult.Fail(MediaOperationStatus.Invalid, "The image needs more memory to decode than is allowed.");
        }
        catch (UnknownImageFormatException)
        {
            return ImageResult.Fail(MediaOperationStatus.UnsupportedMediaType, "The file is not a readable PNG, JPEG, GIF or WebP image.");
        }
        catch (NotSupportedException ex)
        {
            return ImageResult.Fail(MediaOperationStatus.UnsupportedMediaType, "The image uses a feature that is not supported: " + ex.Message);
        }
        catch (Exception ex)
        {
            // Hostile or corrupt input ends here, whatever the decoder threw: a 400, never a 500.
            _logger.LogInformation(ex, "An uploaded {Kind} image could not be decoded", kind);
            return ImageResult.Fail(MediaOperationStatus.Invalid, "The image is corrupt or malformed and could not be decoded.");
        }
    }

    private async Task<ImageResult> ProcessCoreAsync(byte[] source, string sourceExtension, ImageCommands commands, CancellationToken ct)
    {
        try
        {
            Interlocked.Increment(ref _decodes);
            using var input = new MemoryStream(source, writable: false);
            using var image = await Image.LoadAsync(Configuration, input, ct);
            var extension = commands.Format ?? sourceExtension;
            var crop = commands.Crop?.ToRectangle(image.Width, image.Height);
            image.Mutate(x =>
            {
                if (crop is { } rectangle)
                {
                    x.Crop(Rectangle.Intersect(rectangle, new Rectangle(0, 0, image.Width, image.Height)));
                }

                if (commands.Width is not null || commands.Height is not null)
                {
                    x.Resize(new ResizeOptions
                    {
                        Size = new Size(commands.Width ?? 0, commands.Height ?? 0),
                        Mode = commands.Mode,
                        Position = commands.Anchor,
                        CenterCoordinates = commands.Center is { } c ? new PointF(c.X, c.Y) : null,
                    });
                }

                // JPEG has no alpha: flatten transparent sources onto white rather than black.
                if (extension == "jpg" && sourceExtension != "jpg")
                {
                    x.BackgroundColor(Color.White);
                }
            });
            ct.ThrowIfCancellationRequested();
            return Encode(image, extension, commands.Quality, ct);
        }
        catch (OperationCanceledException)
        {
            return ImageResult.Fail(MediaOperationStatus.Busy, $"The image took longer than {_options.DecodeTimeout.TotalSeconds:0} s to process.");
        }
        catch (InvalidMemoryOperationException)
        {
            return ImageResult.Fail(MediaOperationStatus.Invalid, "The requested image needs more memory than is allowed.");
        }
    }

    private ImageResult Encode(Image image, string extension, int? quality, CancellationToken ct)
    {
        IImageEncoder encoder = extension switch
        {
            "jpg" => new JpegEncoder { Quality = quality ?? _options.JpegQuality },
            "png" => new PngEncoder { IgnoreMetadata = true },
            "gif" => new GifEncoder(),
            "webp" => new WebpEncoder
            {
                FileFormat = quality is null && image.Metadata.GetWebpMetadata().FileFormat == WebpFileFormatType.Lossless ? WebpFileFormatType.Lossless : WebpFileFormatType.Lossy,
                Quality = quality ?? _options.WebpQuality,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(extension)),
        };
        using var output = new MemoryStream();
        image.Save(output, encoder);
        ct.ThrowIfCancellationRequested();
        return new ImageResult(MediaOperationStatus.Success) { Bytes = output.ToArray(), Width = image.Width, Height = image.Height, Extension = extension };
    }

    /// <summary>Runs <paramref name="work"/> in a decode slot with the decode timeout; a timeout ends in <paramref name="onTimeout"/>.</summary>
    private async Task<ImageResult> RunLimitedAsync(Func<CancellationToken, Task<ImageResult>> work, MediaOperationStatus onTimeout, CancellationToken ct)
    {
        if (!await _slots.WaitAsync(_options.DecodeTimeout, ct))
        {
            return ImageResult.Fail(MediaOperationStatus.Busy, "The image service is busy; try again shortly.");
        }

        var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.DecodeTimeout);
        var task = Task.Run(() => work(timeout.Token), CancellationToken.None);
        // The slot is released when the work really ends, not when the caller stops waiting: a decoder that
        // ignores cancellation keeps holding its slot, so hostile files cannot pile up past the limit.
        _ = task.ContinueWith(t =>
        {
            _ = t.Exception;
            timeout.Dispose();
            _slots.Release();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await task.WaitAsync(_options.DecodeTimeout, ct);
        }
        catch (TimeoutException)
        {
            return ImageResult.Fail(onTimeout, $"The image took longer than {_options.DecodeTimeout.TotalSeconds:0} s to process.");
        }
    }

    private static MediaFileKind KindOf(IImageFormat format) => format switch
    {
        PngFormat => MediaFileKind.Png,
        JpegFormat => MediaFileKind.Jpeg,
        GifFormat => MediaFileKind.Gif,
        WebpFormat => MediaFileKind.Webp,
        _ => MediaFileKind.Unknown,
    };

    private static void Orient(IImageProcessingContext x, int orientation)
    {
        switch (orientation)
        {
            case 2: x.Flip(FlipMode.Horizontal); break;
            case 3: x.Rotate(RotateMode.Rotate180); break;
            case 4: x.Flip(FlipMode.Vertical); break;
            case 5: x.RotateFlip(RotateMode.Rotate90, FlipMode.Horizontal); break;
            case 6: x.Rotate(RotateMode.Rotate90); break;
            case 7: x.RotateFlip(RotateMode.Rotate90, FlipMode.Vertical); break;
            case 8: x.Rotate(RotateMode.Rotate270); break;
            default: break;
        }
    }

    private static void StripMetadata(Image image)
    {
        Strip(image.Metadata);
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IccProfile = null;
            frame.Metadata.IptcProfile = null;
        }
    }

    private static void Strip(ImageMetadata metadata)
    {
        metadata.ExifProfile = null;
        metadata.XmpProfile = null;
        metadata.IccProfile = null;
        metadata.IptcProfile = null;
        metadata.GetGifMetadata().Comments.Clear();
        metadata.GetPngMetadata().TextData.Clear();
    }

    /// <summary>Holds the ImageSharp objects, so that ImagePipeline itself can be created without loading ImageSharp.</summary>
    private sealed class Hardened
    {
        public Hardened(MediaOptions options)
        {
            // No TIFF (CVE-2026-106116 and the CCITT encoder advisories), BMP, TGA or PBM: 2.1.13 is end-of-life.
            Configuration = new Configuration(new PngConfigurationModule(), new JpegConfigurationModule(), new GifConfigurationModule(), new WebpConfigurationModule())
            {
                MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
                {
                    AllocationLimitMegabytes = options.AllocationLimitMegabytes,
                    MaximumPoolSizeMegabytes = 64,
                }),
                // Parallelism comes from the request limiter; one core per image keeps the other free.
                MaxDegreeOfParallelism = 1,
            };
            // IgnoreMetadata drops EXIF (GPS, camera serials), XMP, IPTC and ICC at decode and keeps the ICC parser
            // (CVE-2026-106114) out of reach.
            var formats = Configuration.ImageFormatsManager;
            formats.SetDecoder(PngFormat.Instance, new PngDecoder { IgnoreMetadata = true });
            formats.SetDecoder(JpegFormat.Instance, new JpegDecoder { IgnoreMetadata = true });
            formats.SetDecoder(GifFormat.Instance, new GifDecoder { IgnoreMetadata = true, DecodingMode = FrameDecodingMode.First, MaxFrames = (uint)options.MaxFrames });
            formats.SetDecoder(WebpFormat.Instance, new WebpDecoder { IgnoreMetadata = true });
        }

        public Configuration Configuration { get; }
    }
}
