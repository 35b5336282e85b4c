using Alba;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Identity.Tests.Authorizing;

[Collection(SharedApp.Collection)]
public sealed class AccessMatrixTests(AppFixture app) : AppTest<AppFixture>(app)
{
    /// <summary>The one API call open to anonymous callers: signing in.</summary>
    private static readonly (string Method, string Route)[] AnonymousCalls = [("POST", "/api/session")];

    private static readonly string[] AnonymousRoutes = ["/health/live", "/health/ready", "/openapi/{documentName}.json", "/docs", "/", "/console"];

    [Fact]
    public void every_endpoint_names_a_policy_or_is_one_of_the_few_marked_anonymous()
    {
        foreach (var endpoint in MappedEndpoints())
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).ToList();
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
                Assert.True(AnonymousRoutes.Any(allowed => route == allowed || route.StartsWith(allowed + "/", StringComparison.Ordinal))
                    || (methods.Count > 0 && methods.All(method => AnonymousCalls.Contains((method, route)))),
                    $"{route} is open to anonymous callers");
            }
            else
            {
                Assert.True(policies.Count > 0 && policies.All(policy => policy is not null && Policies.RolesAllowed.ContainsKey(policy)),
                    $"{route} names no known policy: every endpoint must say who may call it");
            }
        }
    }

    [Fact]
    public void the_matrix_covers_every_api_endpoint()
    {
        var mapped = MappedEndpoints()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Select(method => (method, endpoint.RoutePattern.RawText!)) ?? [])
            .Where(call => !AnonymousCalls.Contains(call))
            .Select(call => $"{call.method} {call.Item2}")
            .Order();

        Assert.Equal(AccessMatrix.Rows.Select(row => $"{row.Method} {row.Route}").Order(), mapped);
    }

    [Fact]
    public async Task each_role_reaches_exactly_the_endpoints_the_contract_gives_it()
    {
        var tokens = new Dictionary<string, string>();
        foreach (var role in Roles.All)
        {
            tokens[role] = await App.TokenForAsync(role);
        }

        foreach (var row in AccessMatrix.Rows)
        {
            await CallAsync(row, token: null, expectAllowed: false, expectedDenial: 401);
            foreach (var role in Roles.All)
            {
                await CallAsync(row, tokens[role], expectAllowed: row.AllowedRoles.Contains(role), expectedDenial: 403);
            }
        }
    }

    private async Task CallAsync(AccessMatrix.Row row, string? token, bool expectAllowed, int expectedDenial)
    {
        var result = await App.Host.Scenario(s =>
        {
            if (token is not null)
            {
                s.WithBearerToken(token);
            }

            s.ConfigureHttpContext(context =>
            {
                context.Request.Method = row.Method;
                var query = row.SampleUrl.IndexOf('?', StringComparison.Ordinal);
                context.Request.Path = query < 0 ? row.SampleUrl : row.SampleUrl[..query];
                context.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(row.SampleUrl[query..]);
                if (row.Method is "POST" or "PUT")
                {
                    context.Request.ContentType = row.ContentType;
                    context.Request.Body = new MemoryStream("{}"u8.ToArray());
                }
            });

            s.IgnoreStatusCode();
        });

        var status = result.Context.Response.StatusCode;
        var who = token is null ? "anonymous" : "a role";
        if (expectAllowed)
        {
            Assert.True(status is not (401 or 403), $"{row.Method} {row.Route}: {who} should be let through, got {status}");
        }
        else
        {
            Assert.True(status == expectedDenial, $"{row.Method} {row.Route}: {who} should get {expectedDenial}, got {status}");
        }
    }

    private IEnumerable<RouteEndpoint> MappedEndpoints() =>
        App.Host.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>();
}
