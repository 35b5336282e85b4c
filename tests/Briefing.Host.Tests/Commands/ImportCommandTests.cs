using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Briefing.Host.Tests.Startup;
using Briefing.Testing;

namespace Briefing.Host.Tests.Commands;

/// <summary>The demo, import and projections commands as an operator types them, against the embedded database.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private string DataDir => _directory.Path;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task demo_sets_up_issue_41_that_the_service_then_renders_and_import_adds_another_issue_in_one_line()
    {
        await using var demo = await HostProcess.RunCommandAsync(DataDir, "demo");
        Assert.True(demo.ExitCode == 0, demo.Output);
        Assert.Contains("Imported the sample as issue 41: 25 items, published.", demo.StandardOutput);
        // A first run says what it is doing, step by step, in order.
        var steps = demo.StandardOutput.Where(line => line is ['[', _, '/', _, ']', ..]).Select(line => line[..5]).ToList();
        Assert.Equal(["[1/5]", "[2/5]", "[3/5]", "[4/5]", "[5/5]"], steps);
        Assert.Contains(demo.StandardOutput, line => line.StartsWith("[1/5] Database: the embedded PostgreSQL, its data in", StringComparison.Ordinal));
        var editor = TokenOf(demo, "editor");
        var auditor = TokenOf(demo, "auditor");

        var next = Path.Combine(DataDir, "briefing-042.md");
        await File.WriteAllTextAsync(next, "# 教育强市区县行产学研 促进行动每周工作简报\n\n第 42 期（4.21—4.25）\n\n## 【区县动态】\n\n◆**永川区**调研重庆文理学院。\n");
        await using var import = await HostProcess.RunCommandAsync(DataDir, "import", next, "--series", "jiaoyu-qiangshi", "--year", "2025");
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Equal([$"Imported {next} as issue 42 of jiaoyu-qiangshi: 1 item(s), published."], import.StandardOutput.Where(line => line.StartsWith("Imported", StringComparison.Ordinal)));
        Assert.All(new[] { demo, import }, command => Assert.DoesNotContain("have not handled everything", command.StandardError, StringComparison.Ordinal));
        Assert.All(new[] { demo, import }, command => Assert.DoesNotContain("could not handle", command.StandardError, StringComparison.Ordinal)); // every module has the items before the command ends
        Assert.All(new[] { demo, import }, command => Assert.DoesNotContain("Searching '", command.Output, StringComparison.Ordinal)); // JasperFx's command discovery says nothing

        await using var again = await HostProcess.RunCommandAsync(DataDir, "import", next, "--series", "jiaoyu-qiangshi");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("has an issue 42 already", again.StandardError, StringComparison.Ordinal);

        // The operator rebuilds every document from the events; the service then answers from the rebuilt ones.
        await using var rebuilt = await HostProcess.RunCommandAsync(DataDir, "projections", "rebuild");
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);

        await using var service = HostProcess.Start(DataDir);
        Assert.True(await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), service.Output);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(service.Url, "/api/series/jiaoyu-qiangshi/issues/41/render?format=md"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", editor);
        using var response = await http.SendAsync(request);
        using var signIn = await http.PostAsJsonAsync(new Uri(service.Url, "/api/session"), new { name = "示例编辑", password = Printed(demo, "editor", "password") });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(SampleBriefing.WithoutWhitespace(SampleBriefing.Markdown), SampleBriefing.WithoutWhitespace(await response.Content.ReadAsStringAsync()));
        using var history = new HttpRequestMessage(HttpMethod.Get, new Uri(service.Url, "/api/audit/series/jiaoyu-qiangshi/issues/41/history?format=csv"));
        history.Headers.Authorization = new AuthenticationHeaderValue("Bearer", auditor);
        using var rows = await http.SendAsync(history);
        var imported = (await rows.Content.ReadAsStringAsync()).Split('\n').Single(row => row.Contains(",issue_imported,", StringComparison.Ordinal));
        Assert.Contains($"cli:{Environment.UserName},{Environment.UserName} (command line)", imported, StringComparison.Ordinal); // the operator, not "system"

        // Beside the running service the command refuses: two message runtimes on one database would take each other's messages.
        await using var beside = await HostProcess.RunCommandAsync(DataDir, "import", next, "--series", "jiaoyu-qiangshi");
        Assert.NotEqual(0, beside.ExitCode);
        Assert.Contains("The service is running on this data directory", beside.StandardError, StringComparison.Ordinal);
        await using var rebuild = await HostProcess.RunCommandAsync(DataDir, "projections", "rebuild");
        Assert.NotEqual(0, rebuild.ExitCode);
        Assert.Contains("stop it before `projections`", rebuild.StandardError, StringComparison.Ordinal);
    }

    private static string TokenOf(HostProcess demo, string role) => Printed(demo, role, "token");

    /// <summary>What the demo printed after <paramref name="label"/> on the line of the user with <paramref name="role"/>.</summary>
    private static string Printed(HostProcess demo, string role, string label)
    {
        var words = demo.StandardOutput.Single(line => line.TrimStart().StartsWith(role + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words[Array.IndexOf(words, label) + 1];
    }
}
