using System.Threading.RateLimiting;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.DeliveryApi.Caching;
using ICDiplomacy.Web.DeliveryApi.Filters;
using ICDiplomacy.Web.DeliveryApi.Members;
using ICDiplomacy.Web.DeliveryApi.OpenApi;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.DeliveryApi.Rendering;
using ICDiplomacy.Web.DeliveryApi.Webhooks;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi;

public static class DeliveryApiModule
{
    public const string CorsPolicy = "DeliveryApi";
    public const string MemberSignInRateLimit = "member-sign-in";

    /// <summary>Content Delivery API: options, query and rendering services, output cache, CORS, OpenAPI, webhooks.</summary>
    public static IHostApplicationBuilder AddDeliveryApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryApiOptions>().BindConfiguration(DeliveryApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<FacetAliases>();

        // Filter options in matching order (first prefix match wins): Umbraco's, then ours.
        services.AddSingleton<IContentFilterHandler, ContentTypeFilter>();
        services.AddSingleton<IContentFilterHandler, NameFilter>();
        services.AddSingleton<IContentFilterHandler>(_ => new DateFilter("createDate"));
        services.AddSingleton<IContentFilterHandler>(_ => new DateFilter("updateDate"));
        services.AddSingleton<IContentFilterHandler, RegionFilter>();
        services.AddSingleton<IContentFilterHandler, CountryFilter>();
        services.AddSingleton<IContentFilterHandler>(sp => new PickedDocumentFilter("conflict", "conflict", sp.GetRequiredService<FacetAliases>()));
        services.AddSingleton<IContentFilterHandler, ConflictRegionFilter>();
        services.AddSingleton<IContentFilterHandler>(sp => new PickedDocumentFilter("initiative", "initiative", sp.GetRequiredService<FacetAliases>()));
        services.AddSingleton<IContentFilterHandler>(sp => new DropDownValueFilter("reportType", sp.GetRequiredService<FacetAliases>()));
        services.AddSingleton<IContentFilterHandler, YearFilter>();
        services.AddSingleton<IContentFilterHandler, LanguageFilter>();

        services.AddCmsDataProtection();
        services.AddSingleton<MemberTokenService>();
        // Per client address, on top of the per-member lock-out: slows password spraying across many members.
        services.AddRateLimiter(o => o.AddPolicy(MemberSignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));

        services.AddScoped<DeliveryContentStore>();
        services.AddSingleton<OutboxHeadReader>();
        services.AddSingleton<IndexedContentQuery>();
        services.AddScoped<ContentRenderer>();
        services.AddScoped<IMediaPickerResolver, MediaPickerResolver>();

        services.AddSingleton<DeliveryCacheGeneration>();
        services.AddSingleton<QueryCountCache>();
        services.AddSingleton<DeliveryOutputCachePolicy>();
        services.AddSingleton<MediaOutputCachePolicy>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<DeliveryOutputCachePolicy, MediaOutputCachePolicy>((o, content, media) =>
        {
            o.AddPolicy(DeliveryOutputCachePolicy.Name, content);
            o.AddPolicy(MediaOutputCachePolicy.Name, media);
        });
        services.AddSingleton<IOutboxSubscriber, DeliveryCacheInvalidator>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DeliveryApiOptions>>((cors, delivery) => cors.AddPolicy(CorsPolicy, policy =>
        {
            var origins = delivery.Value.Cors.AllowedOrigins;
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            // POST for the member token endpoint.
            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders(DeliveryRequest.AcceptLanguageHeader, DeliveryRequest.ApiKeyHeader, DeliveryRequest.PreviewHeader, DeliveryRequest.StartItemHeader, "If-None-Match", "Authorization")
                .WithExposedHeaders("ETag", "Location-Start-Item-Path", "Location-Start-Item-Id");
        }));

        DeliveryApiOpenApi.Add(services);

        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<WebhookService>();
        services.AddSingleton<IOutboxSubscriber, WebhookQueue>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        services.AddHttpClient(WebhookSender.HttpClientName, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var webhooks = sp.GetRequiredService<IOptions<WebhookOptions>>();
                return new SocketsHttpHandler
                {
                    // A redirect is not followed to somewhere else; no proxy, so the address checked is the address called.
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    ConnectCallback = (context, ct) => WebhookTargetGuard.ConnectAsync(context.DnsEndPoint, webhooks.Value.AllowPrivateNetworkTargets, ct),
                };
            });
        return builder;
    }
}
