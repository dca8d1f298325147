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
