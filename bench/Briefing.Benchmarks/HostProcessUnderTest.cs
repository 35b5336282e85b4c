using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Briefing.Host.Database;

namespace Briefing.Benchmarks;

/// <summary>The built host, run as a process on a loopback port against the benchmark's database, as a user runs it.</summary>
public sealed class HostProcessUnderTest : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcessUnderTest(Process process, Uri url, string adminToken)
    {
        _process = process;
        AdminToken = adminToken;
        Http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = url };
    }

    public string AdminToken { get; }
    public HttpClient Http { get; }

    /// <summary>Starts the host (or another built web application) and returns once /health/ready answers, with the time that took.</summary>
    public static async Task<(HostProcessUnderTest Host, TimeSpan Ready)> StartAsync(string connectionString, string? application = null)
    {
        var url = new Uri($"http://127.0.0.1:{LoopbackPorts.ForAnotherProcess()}");
        var adminToken = "brf_bench-" + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { application ?? Executable("src/Host", "Briefing.Host.dll") }, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = url.ToString();
        start.Environment["ConnectionStrings__Briefing"] = connectionString;
        start.Environment["Briefing__BootstrapAdminToken"] = adminToken;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcessUnderTest(process, url, adminToken);
        await WaitForAsync(host.Http, "/health/ready", process);
        return (host, clock.Elapsed);
    }

    /// <summary>Polls a path until it answers 200.</summary>
    public static async Task WaitForAsync(HttpClient http, string path, Process process, string? token = null)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(2) && !process.HasExited)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                using var response = await http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(10);
        }

        throw new InvalidOperationException($"{path} did not answer 200 (process exited: {process.HasExited}).");
    }

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// A GET as a client that stores or forwards the answer sees it: every byte of the body received,
    /// none of it parsed (parsing half a megabyte of history is the client's cost, not the server's).
    /// </summary>
    public async Task GetBodyAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        }
    }

    /// <summary>A new series with one section and an organisation of 綦江区, made by the admin; returns their ids.</summary>
    public async Task<(string Series, string Org)> SeriesAndOrganisationAsync(string title)
    {
        var series = $"bench-{Guid.NewGuid():N}"[..20];
        await SendAsync(HttpMethod.Post, "/api/series", AdminToken, new
        {
            id = series,
            title,
            issuingUnit = "基准测试专班",
            sections = new[] { new { key = "district", title = "区县动态" } },
            distribution = "各区县",
        });
        var org = $"org-{Guid.NewGuid():N}"[..20];
        await SendAsync(HttpMethod.Post, "/api/orgs", AdminToken, new { id = org, name = "綦江区", kind = "district" });
        return (series, org);
    }

    /// <summary>A new user with the role, under a name of their own (a name signs one person in); returns their token.</summary>
    public async Task<string> TokenForAsync(string role) =>
        (await SendAsync(HttpMethod.Post, "/api/admin/users", AdminToken, new { name = $"基准{role}-{Guid.NewGuid():N}"[..24], role })).GetProperty("token").GetString()!;

    /// <summary>A project's built output, in the configuration this benchmark was built in.</summary>
    public static string Executable(string project, string assembly)
    {
        var configuration = typeof(HostProcessUnderTest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? ".", project, "bin", configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {project} in {configuration} first", path);
    }


    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
