using ICDiplomacy.Web.DeliveryApi.Filters;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace ICDiplomacy.Web.DeliveryApi.OpenApi;

/// <summary>The Delivery API's OpenAPI document ("delivery") and the page that renders it.</summary>
public static class DeliveryApiOpenApi
{
    public const string DocumentName = "delivery";
    public const string RoutePattern = "/umbraco/openapi/{documentName}.json";
    public const string ReferencePagePath = "/umbraco/delivery/api-docs";
    private const string ApiKeyScheme = "ApiKeyAuth";

    internal static void Add(IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.GroupName == DocumentName;
            options.AddDocumentTransformer<DocumentTransformer>();
            options.AddOperationTransformer((operation, context, _) =>
            {
                AddHeaders(operation);
                return Task.CompletedTask;
            });
        });
    }

    internal static void Map(IEndpointRouteBuilder app)
    {
        app.MapOpenApi(RoutePattern);
        app.MapScalarApiReference(ReferencePagePath, options => options
            .WithTitle("ICDiplomacy Content Delivery API")
            .WithOpenApiRoutePattern(RoutePattern)
            .AddDocument(DocumentName)
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .AddPreferredSecuritySchemes(ApiKeyScheme));
    }

    private static void AddHeaders(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(Header(DeliveryRequest.AcceptLanguageHeader, "Culture to deliver, e.g. en or fr (en-US is read as en). Absent, a list, or an unknown culture: the default culture."));
        operation.Parameters.Add(Header(DeliveryRequest.ApiKeyHeader, "The Delivery API key: needed for preview, and for everything when public access is off."));
        operation.Parameters.Add(Header(DeliveryRequest.PreviewHeader, "'true' (with a valid Api-Key) to read drafts."));
        operation.Parameters.Add(Header(DeliveryRequest.StartItemHeader, "Root item (URL segment or id) that paths are resolved below; unknown: 404."));
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private sealed class DocumentTransformer(IEnumerable<IContentFilterHandler> filters) : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Info = new OpenApiInfo
            {
                Title = "ICDiplomacy Content Delivery API",
                Version = "2.0",
                Description = "Compatible with Umbraco's Content Delivery API v2. Query filters (the `filter` parameter, repeatable, AND-ed; "
                    + "values are comma-separated and OR-ed):\n\n"
                    + string.Join("\n", filters.Select(f => $"- `{f.Syntax}`: {f.Description}"))
                    + $"\n\n`take` is at most {DeliveryApiOptions.MaxTake}.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = DeliveryRequest.ApiKeyHeader,
                Description = "The Delivery API key (DeliveryApi:ApiKey).",
            };
            return Task.CompletedTask;
        }
    }
}
