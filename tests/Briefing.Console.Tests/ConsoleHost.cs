using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.Console.Tests;

/// <summary>
/// The real host, the built Briefing.Host.dll, as a child process on a free loopback port and a
/// database of its own, with Debian's Chromium to drive it. One per test collection; tests keep
/// apart by making their own series, organisations and users.
/// </summary>
public sealed class ConsoleHost : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Queue<string> _output = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> _scriptErrors = [];
    private Process? _process;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The host's database, for a test that changes what is stored behind the application's back.</summary>
    public string ConnectionString { get; private set; } = "";
    public string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "tests", "Briefing.Console.Tests", "TestResults", "screenshots");
    public AdminApi Admin { get; private set; } = null!;
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The host has not started.");
    private string AdminToken { get; } = "brf_console-admin-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        var connectionString = ConnectionString = await TestPostgres.CreateDatabaseAsync();
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { HostAssembly(), "--urls", BaseUrl },
            WorkingDirectory = TestPostgres.NewTemporaryDirectory(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Briefing"] = connectionString;
        start.Environment["Briefing__BootstrapAdminToken"] = AdminToken;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        Admin = new AdminApi(new HttpClient { BaseAddress = new Uri(BaseUrl) }, AdminToken);
        await WaitUntilReadyAsync();
        Directory.CreateDirectory(ScreenshotDirectory);
        // CI runs every test project at once on two cores: a page may take longer than the default 5 s to answer.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Admin?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        await TestPostgres.ReleaseAsync();
    }

    /// <summary>A fresh browser context (its own cookies) at the size of a desktop or of a phone.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, string timezone = "Asia/Shanghai")
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            TimezoneId = timezone,
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 800 },
            IsMobile = phone,
            HasTouch = phone,
        });
        var page = await context.NewPageAsync();
        var errors = _scriptErrors.GetOrCreateValue(page);
        page.PageError += (_, message) => errors.Add($"uncaught: {message}");
        // A refused API call is logged as "Failed to load resource" and is the app's business; anything else (a CSP refusal, a script error) is a defect.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        return page;
    }

    /// <summary>Script errors and Content-Security-Policy refusals the page has seen.</summary>
    public IReadOnlyList<string> ScriptErrorsOf(IPage page) => _scriptErrors.GetOrCreateValue(page);

    public async Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        await page.ScreenshotAsync(new() { FullPage = fullPage, Path = Path.Combine(ScreenshotDirectory, name + ".png") });

    /// <summary>What the host wrote lately, for a failing test's message.</summary>
    public string RecentOutput()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 200)
            {
                _output.Dequeue();
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{RecentOutput()}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Started but busy (schema creation).
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The host was not ready within {StartTimeout}:\n{RecentOutput()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host built in the same configuration as these tests (tests/…/bin/Debug/net10.0 → src/Host/bin/Debug/net10.0).</summary>
    private static string HostAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var assembly = Path.Combine(RepositoryRoot(), "src", "Host", "bin", output.Parent!.Name, output.Name, "Briefing.Host.dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException("Build the host first (dotnet build Briefing.sln).", assembly);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Briefing.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class ConsoleDesk : ICollectionFixture<ConsoleHost>
{
    public const string Name = "console";
}
