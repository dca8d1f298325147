using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace ICDiplomacy.Web.Pages;

/// <summary>
/// HTML here is Razor Pages only: no controllers, no view components. MVC would otherwise look for those by
/// loading every type of every application part (this assembly and each referenced package that mentions MVC)
/// at the first request and keep them resident. Pages and views are found through their compiled-item
/// attributes and are unaffected.
/// </summary>
internal static class MvcParts
{
    public static void PagesOnly(ApplicationPartManager manager)
    {
        var app = typeof(MvcParts).Assembly;
        foreach (var part in manager.ApplicationParts.Where(p => AssemblyOf(p) != app).ToList())
        {
            manager.ApplicationParts.Remove(part);
        }

        foreach (var provider in manager.FeatureProviders.Where(p => p is ControllerFeatureProvider or ViewComponentFeatureProvider).ToList())
        {
            manager.FeatureProviders.Remove(provider);
        }
    }

    // The app contributes two parts: its types, and its compiled Razor pages and views.
    private static System.Reflection.Assembly? AssemblyOf(ApplicationPart part) => part switch
    {
        AssemblyPart a => a.Assembly,
        CompiledRazorAssemblyPart r => r.Assembly,
        _ => null,
    };
}
