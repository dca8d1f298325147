using ICDiplomacy.Web.Cms;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ICDiplomacy.Web.Common;

/// <summary>
/// ASP.NET Core reads (and on a first run creates) the Data Protection key ring in a hosted service at start-up.
/// Here only sign-in forms, antiforgery tokens and member tokens use it, so the ring is read on first use instead:
/// a node that only answers API reads never loads the XML stack the key ring needs (part of the idle-memory
/// budget), and the first protected request pays a few milliseconds once.
/// </summary>
public static class DataProtectionKeyRing
{
    internal const string PreloadServiceName = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>The application name every node shares, so they can read each other's protected payloads.</summary>
    public const string ApplicationName = "ICDiplomacy.Web";

    /// <summary>
    /// Data Protection (antiforgery tokens, member codes and tokens) with its key ring in <c>{Cms:DataDirectory}/keys</c>,
    /// next to the database and indexes, so a restart or a new container on the same data folder keeps signed-in
    /// members and open forms valid. Several nodes need that folder on shared storage (or another key store).
    /// </summary>
    public static IServiceCollection AddCmsDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<CmsPaths, ILoggerFactory>((options, paths, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(KeyDirectory(paths)), loggers));
        return services;
    }

    public static string KeyDirectory(CmsPaths paths) => Path.Combine(paths.DataDirectory, "keys");

    /// <summary>Removes the start-up preload; returns how many registrations were removed (1 after AddDataProtection).</summary>
    public static int LoadOnFirstUse(IServiceCollection services)
    {
        var preload = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == PreloadServiceName).ToList();
        foreach (var descriptor in preload)
        {
            services.Remove(descriptor);
        }

        return preload.Count;
    }
}
