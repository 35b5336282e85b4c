using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using Briefing.Testing;

namespace Briefing.Host.Tests.Startup;

/// <summary>The OpenAPI document and the reference at /docs, as a new user meets them: clean, described, usable offline.</summary>
[Collection(SharedApp.Collection)]
public sealed partial class ApiReferenceTests(AppFixture app)
{
    /// <summary>The Redocly CLI the lint runs; the npm registry serves it (first run: a few seconds' install into the cache).</summary>
    private const string Redocly = "@redocly/cli@2.77.0";

    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(3);

    [FactWithNpx]
    public async Task the_openapi_document_lints_clean_under_redoclys_recommended_rules()
    {
        using var directory = new TemporaryDirectory();
        var document = Path.Combine(directory.Path, "openapi.json");
        await File.WriteAllTextAsync(document, await DocumentAsync());

        var (exitCode, output, errors) = await RunAsync(Npx.Path!, directory.Path, LintTimeout,
            "--yes", Redocly, "lint", "openapi.json", "--extends", "recommended", "--format", "json");

        var problems = LintProblems.Parse(output);
        Assert.True(problems is { Errors: 0, Warnings: 0, Ignored: 0 } && exitCode == 0,
            $"npx {Redocly} lint exited with {exitCode}, {problems?.Summary ?? "no report"}:\n{problems?.Listing ?? output}\n{errors}");
    }

    [Fact]
    public async Task every_operation_says_what_it_does_and_what_its_409s_mean()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, operation =>
        {
            var description = operation.Value.TryGetProperty("description", out var text) ? text.GetString() : null;
            Assert.False(string.IsNullOrWhiteSpace(description), $"{operation.Name} has no description.");
            Assert.NotEqual(operation.Value.GetProperty("operationId").GetString(), description);
            Assert.True(description!.Length >= 40, $"{operation.Name}: '{description}' says too little.");
            if (operation.Value.GetProperty("responses").TryGetProperty("409", out _))
            {
                Assert.True(description.Contains("409", StringComparison.Ordinal), $"{operation.Name} may answer 409 but its description does not say when: '{description}'.");
            }
        });
    }

    [Fact]
    public async Task every_tag_is_described_and_the_document_names_its_licence_and_its_server_relatively()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());
        var root = document.RootElement;

        var tags = root.GetProperty("tags").EnumerateArray().ToList();
        Assert.NotEmpty(tags);
        Assert.All(tags, tag => Assert.False(string.IsNullOrWhiteSpace(tag.TryGetProperty("description", out var text) ? text.GetString() : null), tag.ToString()));
        var license = root.GetProperty("info").GetProperty("license");
        Assert.StartsWith("Proprietary", license.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("LicenseRef-", license.GetProperty("identifier").GetString(), StringComparison.Ordinal);
        // "/" is the server the document came from: no trailing slash to strip, no localhost named.
        Assert.Equal(["/"], root.GetProperty("servers").EnumerateArray().Select(server => server.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task the_document_says_in_chinese_and_english_how_to_get_a_token_and_send_it()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());
        var description = document.RootElement.GetProperty("info").GetProperty("description").GetString()!;
        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("description").GetString()!;

        foreach (var help in new[] { description, scheme })
        {
            Assert.Contains("令牌", help, StringComparison.Ordinal);
            Assert.Contains("Authorization: Bearer <令牌>", help, StringComparison.Ordinal);
            Assert.Contains("Authorization: Bearer <token>", help, StringComparison.Ordinal);
            Assert.Contains("POST /api/admin/users", help, StringComparison.Ordinal);
        }

        Assert.Contains("admin.token", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_reference_at_docs_turns_off_what_leads_off_the_machine()
    {
        var page = await (await app.Host.Scenario(s =>
        {
            s.Get.Url("/docs/");
            s.StatusCodeShouldBeOk();
        })).ReadAsTextAsync();

        // The page hands Scalar its configuration as a JSON object literal.
        var match = PageConfiguration().Match(page);
        Assert.True(match.Success, page);
        using var configuration = JsonDocument.Parse(match.Groups["json"].Value);
        var root = configuration.RootElement;
        Assert.True(root.GetProperty("agent").GetProperty("disabled").GetBoolean(), "Ask AI (Agent Scalar) is on.");
        Assert.True(root.GetProperty("mcp").GetProperty("disabled").GetBoolean(), "The MCP integration is on.");
        Assert.Equal("never", root.GetProperty("showDeveloperTools").GetString());
        Assert.False(root.GetProperty("telemetry").GetBoolean());
        Assert.False(root.GetProperty("withDefaultFonts").GetBoolean());
        Assert.Equal(["Bearer"], root.GetProperty("authentication").GetProperty("preferredSecurityScheme").EnumerateArray().Select(scheme => scheme.GetString()));
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
    }

    private async Task<string> DocumentAsync() =>
        await (await app.Host.Scenario(s =>
        {
            s.Get.Url("/openapi/v1.json");
            s.StatusCodeShouldBeOk();
        })).ReadAsTextAsync();

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // npm's cache under the temporary directory (kept between runs, so only the first one installs); nothing else leaves the machine.
        start.Environment["npm_config_cache"] = Path.Combine(Path.GetTempPath(), "briefing-npm-cache");
        start.Environment["npm_config_update_notifier"] = "false";
        start.Environment["npm_config_fund"] = "false";
        start.Environment["npm_config_audit"] = "false";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"npx {string.Join(' ', arguments)} did not finish within {timeout}: {await errors}");
        }

        return (process.ExitCode, await output, await errors);
    }

    [GeneratedRegex(@"initialize\(\s*'[^']*',\s*\w+,\s*(?<json>\{.*\}),\s*'[^']*'\)", RegexOptions.Singleline)]
    private static partial Regex PageConfiguration();

    /// <summary>Redocly's JSON report: its totals, and each problem on a line for the failure message.</summary>
    private sealed record LintProblems(int Errors, int Warnings, int Ignored, string Listing)
    {
        public string Summary => $"{Errors} errors, {Warnings} warnings, {Ignored} ignored";

        public static LintProblems? Parse(string output)
        {
            var start = output.IndexOf('{', StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            try
            {
                using var report = JsonDocument.Parse(output[start..]);
                var totals = report.RootElement.GetProperty("totals");
                var listing = string.Join('\n', report.RootElement.GetProperty("problems").EnumerateArray().Select(problem =>
                    $"  {problem.GetProperty("severity").GetString()} {problem.GetProperty("ruleId").GetString()} at " +
                    $"{string.Join(", ", problem.GetProperty("location").EnumerateArray().Select(location => location.GetProperty("pointer").GetString()))}: " +
                    problem.GetProperty("message").GetString()));
                return new(totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32(), totals.GetProperty("ignored").GetInt32(), listing);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}

/// <summary>
/// A fact that needs Node's npx on PATH, skipped with the reason where it is absent (xunit 2 decides skips when it discovers a test:
/// it has no Assert.Skip). CI's machine has Node.
/// </summary>
public sealed class FactWithNpxAttribute : FactAttribute
{
    public FactWithNpxAttribute()
    {
        if (Npx.Path is null)
        {
            Skip = "Node's npx is not on PATH: the OpenAPI lint runs Redocly's CLI from the npm registry. Install Node.js 20.19 or later, with npm, to run it.";
        }
    }
}

internal static class Npx
{
    /// <summary>The full path of npx on PATH, or null.</summary>
    public static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
        .Where(directory => directory.Length > 0)
        .Select(directory => System.IO.Path.Combine(directory, "npx"))
        .FirstOrDefault(File.Exists);
}
