using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Briefing.Host;

/// <summary>Names the API and declares its bearer tokens, so the reference at /docs can send one.</summary>
public sealed class OpenApiDescription : IOpenApiDocumentTransformer
{
    private const string Scheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Briefing admin API";
        document.Info.Description = "Submit, review, publish and audit recurring work briefings (工作简报). " +
            "Every call but health and these docs needs Authorization: Bearer <token>.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A Briefing token (brf_...), from POST /api/admin/users or `users add`.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
