using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Search.Core.Indexing;

namespace Search.Web.Api;

/// <summary>The OpenAPI document (/openapi/v1.json) and the API reference page (/scalar/v1).</summary>
internal static class OpenApiSetup
{
    private static readonly HashSet<string> FilteredOperations = ["Search", "FacetValues", "Claims", "CompareClaims", "Entities"];

    public static void AddSearchOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "News Search API";
                document.Info.Description = "Search news articles with highlighted snippets, facets on outlet, date and entities, and provenance of every metadata value.";
                return Task.CompletedTask;
            });
            // Facet filters are read by dimension name from the schema; describe one parameter per dimension. Parameters
            // an endpoint binds but refuses are left out.
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IEndpointNameMetadata>().Any(n => FilteredOperations.Contains(n.EndpointName)))
                {
                    operation.Parameters ??= [];
                    foreach (var dimension in IndexSchema.Dimensions)
                    {
                        operation.Parameters.Add(new OpenApiParameter
                        {
                            Name = dimension.Name,
                            In = ParameterLocation.Query,
                            Description = dimension.Description + " Repeat to select several (OR)." + (dimension == IndexSchema.Type ? " Default: article." : ""),
                            Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                            Style = ParameterStyle.Form,
                            Explode = true,
                        });
                    }
                }
                var refused = metadata.OfType<RefusedParameters>().SelectMany(r => r.Names).ToHashSet(StringComparer.Ordinal);
                if (refused.Count > 0 && operation.Parameters is { } parameters)
                {
                    foreach (var parameter in parameters.Where(p => refused.Contains(p.Name!)).ToList())
                    {
                        parameters.Remove(parameter);
                    }
                }
                return Task.CompletedTask;
            });
        });
    }

    public static void MapSearchOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("News Search API"));
    }
}
