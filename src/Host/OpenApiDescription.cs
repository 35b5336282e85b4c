using Briefing.Host.Consistency;
using Briefing.Identity.Authenticating;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Briefing.Host;

/// <summary>
/// Names the API (with how to get and send a token, in Chinese and English), its licence, server and tags, declares its bearer tokens (so the reference at /docs can send one), the console's session cookie, and the
/// 401/403 problems every protected operation can answer, the cascade header of every write's answer,
/// and a raw text body where an endpoint reads one itself.
/// </summary>
public sealed class OpenApiDescription : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string Scheme = "Bearer";
    private const string SessionScheme = "ConsoleSession";

    /// <summary>One sentence per tag the endpoints use (their [Tags]): what that part of the product does.</summary>
    public static IReadOnlyDictionary<string, string> TagDescriptions { get; } = new Dictionary<string, string>
    {
        ["Sessions"] = "Signing in to the web console and out again, changing one's own password, and the record of every sign-in.",
        ["Users"] = "The people who use Briefing, each with a role and a bearer token, and their console passwords (admin only).",
        ["Submission"] = "Contributing units submit items to a series, revise them when changes are requested, and withdraw them.",
        ["Organisations and series"] = "The contributing organisations and the briefing series they submit to, with each series' sections in print order.",
        ["Editorial review"] = "Editors claim, lint, edit, comment on, accept, reject or send back the items submitted.",
        ["Publication"] = "Issues assembled from accepted items, signed off, published, rendered (Markdown, HTML, Word) and corrected by errata; existing briefings imported.",
        ["Adoption statistics"] = "Each series' scoring rules in versions, leaders' instructions (批示) on published items, and the figures and ranks of every contributing unit for any period (采用统计), as JSON, CSV or a 通报 in Word.",
        ["E-mail intake"] = "The series' mailbox (投稿邮箱) read over IMAP: each message from a known sender becomes a submission of its organisation; the rest wait in the intake list for an editor to assign or discard.",
        ["Audit"] = "The history of every issue and item from the events, an issue as it stood at any instant, text revisions and diffs, and verification of the published text.",
        ["Search"] = "Full-text search (全文检索) of every item from submission to publication: each term as written, in the headline or the body, ranked, with the matches marked in an excerpt.",
    };

    /// <summary>How to get a token and send it, in Chinese and English: the reference at /docs shows it above the operations.</summary>
    public const string BearerHelp =
        "**令牌（Token）**：除健康检查、本文档和登录以外，每个调用都要带请求头 `Authorization: Bearer <令牌>`。" +
        "令牌在创建用户时给出，只显示这一次：管理员调用 `POST /api/admin/users`，或在服务器上运行 " +
        "`dotnet run --project src/Host -- users add --name 姓名 --role editor`；`demo` 命令也会打印示例用户的令牌。" +
        "首次启动且数据库为空时，管理员令牌写在数据目录的 `admin.token` 里（默认 `.briefing/admin.token`）。" +
        "在本页的认证（Authentication）处选择 Bearer，粘贴令牌（不含 `Bearer ` 前缀），即可直接试用接口。\n\n" +
        "**Tokens**: every call but health, these docs and signing in needs the header `Authorization: Bearer <token>`. " +
        "A token is given once, when its user is created: by an admin with `POST /api/admin/users`, or on the server with " +
        "`dotnet run --project src/Host -- users add --name NAME --role editor`; the `demo` command prints its sample users' tokens too. " +
        "On a first start with an empty database the admin's token is written to `admin.token` in the data directory (default `.briefing/admin.token`). " +
        "Choose Bearer under Authentication on this page and paste the token (without the `Bearer ` prefix) to try the calls here.";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Briefing admin API";
        document.Info.Description = "Submit, review, publish and audit recurring work briefings (工作简报).\n\n" + BearerHelp + "\n\n" +
            "The web console signs in with a session cookie instead (from POST /api/session), and sends the session's token " +
            "in X-CSRF-Token on every call that changes something.";
        // Recommended lint rules want a licence with an SPDX identifier or a URL: an internal product has no public licence, so a LicenseRef says so.
        document.Info.License = new OpenApiLicense { Name = "Proprietary, internal use only", Identifier = "LicenseRef-Proprietary" };
        // The server is the one the document was fetched from, whatever its address: "/" is OpenAPI's own default, resolved against
        // the document's URL. (The address of the request, ASP.NET's default, ends in a slash, and on localhost, this service's default
        // address, the recommended lint rules warn about it; behind a proxy it would name the wrong host.)
        document.Servers = [new OpenApiServer { Url = "/", Description = "The server this document was fetched from" }];

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= tag.Name is { } name ? TagDescriptions.GetValueOrDefault(name) : null;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Briefing 令牌（brf_...）：管理员用 POST /api/admin/users 或命令行 `users add` 创建用户时给出，只显示一次；请求头 `Authorization: Bearer <令牌>`。" +
                " A Briefing token (brf_...), shown once when an admin creates its user (POST /api/admin/users, or `users add` on the command line); send it as `Authorization: Bearer <token>`.",
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

        if (operation.Responses?.GetValueOrDefault("409") is OpenApiResponse { Description: "Conflict" } conflict)
        {
            conflict.Description = ConflictDescription;
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

    /// <summary>What every 409 is; the operation's description says which of them it answers and when.</summary>
    private const string ConflictDescription = "Conflict (problem details): `type` ending /version-conflict (a stale expectedVersion; `currentVersion` is the current one), " +
        "/invalid-state (not allowed in the current state) or /already-exists; the operation's description says which and when.";

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
