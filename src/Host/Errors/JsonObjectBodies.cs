using System.Text.Json;
using Briefing.Kernel;
using Microsoft.AspNetCore.Http.Metadata;

namespace Briefing.Host.Errors;

/// <summary>
/// A body that is valid JSON but not an object (<c>null</c>, an array, a string, a number, a
/// boolean) is a 400 validation problem on every endpoint that reads a JSON body, before the
/// endpoint binds it: bound, <c>null</c> reached the handler as a null command. The body is read
/// whole (it is at most 1 MiB) and handed on rewound. Malformed and empty bodies go on to the
/// endpoint, which answers them as before.
/// </summary>
public static class JsonObjectBodies
{
    public const string Field = "$";

    public static IApplicationBuilder UseJsonObjectBodies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (ReadsJsonBody(context) && NotAnObject((await BufferBodyAsync(context.Request)).Span) is { } value)
            {
                var problem = Problems.Validation(Field, $"The request body must be a JSON object; it is {value}.");
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = problem,
                });
                return;
            }

            await next(context);
        });

    private static bool ReadsJsonBody(HttpContext context) =>
        context.Request.ContentLength != 0
        && context.Request.HasJsonContentType()
        && context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: not null } accepts
        && accepts.ContentTypes.Any(type => type.Contains("json", StringComparison.OrdinalIgnoreCase));

    private static async Task<ReadOnlyMemory<byte>> BufferBodyAsync(HttpRequest request)
    {
        var body = new MemoryStream();
        request.HttpContext.Response.RegisterForDispose(body);
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        body.Position = 0;
        request.Body = body;
        return body.GetBuffer().AsMemory(0, (int)body.Length);
    }

    /// <summary>What the body holds when it is one complete JSON value other than an object; null otherwise.</summary>
    internal static string? NotAnObject(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json.StartsWith(Utf8Bom) ? json[Utf8Bom.Length..] : json);
        try
        {
            if (!reader.Read() || reader.TokenType == JsonTokenType.StartObject)
            {
                return null;
            }

            var value = reader.TokenType switch
            {
                JsonTokenType.Null => "null",
                JsonTokenType.StartArray => "an array",
                JsonTokenType.String => "a string",
                JsonTokenType.Number => "a number",
                _ => "a boolean",
            };
            reader.Skip();
            while (reader.Read())
            {
                // a second value after the first throws: the body is malformed, not a non-object
            }

            return value;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
}
