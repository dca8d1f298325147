using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Media;

public static class MediaModule
{
    /// <summary>The media library, its file store, the hardened image pipeline, the disk cache and URL signing.</summary>
    public static IHostApplicationBuilder AddMedia(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ImagingOptions>().BindConfiguration(ImagingOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => IsValid(o.Resize) && IsValid(o.Cache), "Imaging:Resize or Imaging:Cache has a value out of range.")
            .ValidateOnStart();
        services.AddSingleton<ImagePipeline>();
        services.AddSingleton<ImageHmac>();
        services.AddSingleton<ImageCache>();
        services.AddSingleton<ImageUrlBuilder>();
        services.AddSingleton<FileSystemMediaFileStore>();
        services.AddSingleton<IMediaFileStore>(sp => sp.GetRequiredService<FileSystemMediaFileStore>());
        services.AddSingleton<MediaFileServer>();
        services.AddScoped<MediaService>();
        services.AddScoped<MediaDeliveryService>();
        services.AddHostedService<MediaStartup>();
        return builder;
    }

    private static bool IsValid(object options) => Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true);
}
