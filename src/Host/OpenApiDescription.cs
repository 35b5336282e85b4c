using Briefing.Host.Consistency;
using Briefing.Identity.Authenticating;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Briefing.Host;

/// <summary>
/// Names the API, declares its bearer tokens (so the reference at /docs can send one), the console's session cookie, and the
/// 401/403 problems every protected operation can answer, the cascade header of every write's answer,
/// and a raw text body where an endpoint reads one itself.
/// </summary>
public sealed class OpenApiDescription : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string Scheme = "Bearer";
    private const string SessionScheme = "ConsoleSession";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Briefing admin API";
        document.Info.Description = "Submit, review, publish and audit recurring work briefings (工作简报). " +
            "Every call but health, these docs and signing in needs Authorization: Bearer <token>, or the console's session cookie " +
            "(from POST /api/session) with the session's token in X-CSRF-Token on every call that changes something.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A Briefing token (brf_...), from POST /api/admin/users or `users add`.",
        };
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = ConsoleSessions.CookieName,
            Description = "The console's session, set by POST /api/session (HttpOnly, SameSite=Strict, 8 h idle). " +
                "A call that changes something must also send the session's csrfToken in the X-CSRF-Token header, or it is a 403.",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, document)] = [] },
        ];
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        DescribeRawBody(operation, metadata);
        if (context.Description.HttpMethod is { } method && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            DescribeCascadeHeader(operation);
        }

        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Missing, unknown or revoked token, or no live console session (problem details)" });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The caller's role may not do this, or a console call that changes something came without its X-CSRF-Token (problem details)" });
        return Task.CompletedTask;
    }

    /// <summary>Every successful answer of a write may carry the header that says its cascade had not ended (ADR 14).</summary>
    private static void DescribeCascadeHeader(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status.StartsWith('2') && response is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[ReadYourWrites.Header] = CascadeHeader;
            }
        }
    }

    private static readonly OpenApiHeader CascadeHeader = new()
    {
        Description = "Absent when every module already reflects this write and everything it set off (read-your-writes). " +
            "`pending`: the wait for the other modules reached its bound (Briefing__CascadeWaitSeconds); the change is stored and they will follow. " +
            "`failed`: a module could not handle one of the messages (it is in the dead-letter queue, see the log).",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = ["pending", "failed"] },
    };

    /// <summary>An endpoint that reads its body itself (an import's Markdown) says so with [Consumes]; the document shows that body as text.</summary>
    private static void DescribeRawBody(OpenApiOperation operation, IList<object> metadata)
    {
        if (operation.RequestBody is not null || metadata.OfType<IAcceptsMetadata>().LastOrDefault() is not { ContentTypes.Count: > 0 } accepts)
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = accepts.ContentTypes.ToDictionary(type => type, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } }),
        };
    }
}
