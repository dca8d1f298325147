using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.PropertyEditors;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Cms.ReferenceData;
using ICDiplomacy.Web.Cms.Schema;
using ICDiplomacy.Web.Cms.Users;

namespace ICDiplomacy.Web.Cms;

public static class CmsModule
{
    /// <summary>Content schema, reference data, the content store's services and its background workers.</summary>
    public static IHostApplicationBuilder AddCms(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CmsOptions>().BindConfiguration(CmsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CmsPaths>();
        services.AddSingleton<CultureSettings>();
        // Loaded once and eagerly (see ContentSchemaCheck): a bad schema file stops start-up with a message naming it.
        services.AddSingleton(sp => ContentSchemaLoader.Load(sp.GetRequiredService<CmsPaths>().SchemaDirectory));
        services.AddSingleton(sp => CountryCatalog.LoadFromSchemaDirectory(sp.GetRequiredService<CmsPaths>().SchemaDirectory));
        services.AddSingleton<PropertyValueValidator>();
        services.AddSingleton<SetupState>();
        services.AddSingleton<OutboxNotifier>();
        services.AddSingleton<PublicAccessRules>();
        // The first subscriber: search and caches re-read protected items only after the snapshot is current.
        services.AddSingleton<IOutboxSubscriber, PublicAccessInvalidator>();
        // Registered first: hosted services start in order, so migrations and install finish before any worker reads a table.
        services.AddHostedService<CmsStartup>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<ScheduledPublishingWorker>();
        services.AddScoped<ContentService>();
        services.AddScoped<UserService>();
        services.AddScoped<MemberService>();
        services.AddScoped<PublicAccessService>();
        services.AddScoped<IContentSeeder, DemoContent.DemoContentSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublishingWorker>());
        return builder;
    }

    /// <summary>Resolves the schema and reference data before anything else starts, so their errors stop the app first.</summary>
    public static void ValidateCmsSchema(this IServiceProvider services)
    {
        services.GetRequiredService<ContentSchema>();
        services.GetRequiredService<CountryCatalog>();
    }
}
