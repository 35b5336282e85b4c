using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Reflection;
using Briefing.Host.Database;
using Briefing.Testing;

namespace Briefing.Host.Tests.Startup;

/// <summary>The built host run as a separate process, as a user runs it, on a loopback port of its own.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private HostProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Where the host runs: the build output of Briefing.Host.</summary>
    public static string WorkingDirectory => Path.GetDirectoryName(HostAssemblyPath())!;
    public IReadOnlyCollection<string> StandardOutput => _stdout;
    public string Output => string.Join('\n', _stdout.Concat(_stderr));
    public string StandardError => string.Join('\n', _stderr);
    public int ExitCode => _process.ExitCode;

    public static HostProcess Start(string dataDir, IReadOnlyDictionary<string, string>? environment = null, params string[] arguments) =>
        Start(dataDir, environment, standardInput: null, arguments);

    private static HostProcess Start(string dataDir, IReadOnlyDictionary<string, string>? environment, string? standardInput, string[] arguments)
    {
        var hostDll = HostAssemblyPath();
        var url = new Uri($"http://127.0.0.1:{LoopbackPorts.ForAnotherProcess()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { hostDll },
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ConnectionStrings__Briefing");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = url.ToString();
        start.Environment["Briefing__DataDir"] = dataDir;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new HostProcess(process, url);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) host._stdout.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) host._stderr.Enqueue(line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        return host;
    }

    /// <summary>Runs a command of the host (<c>users add ...</c>) to its end.</summary>
    public static Task<HostProcess> RunCommandAsync(string dataDir, params string[] arguments) => RunCommandWithInputAsync(dataDir, null, arguments);

    /// <summary>Runs a command of the host to its end, typing <paramref name="standardInput"/> into it (a password for <c>--password-stdin</c>).</summary>
    public static async Task<HostProcess> RunCommandWithInputAsync(string dataDir, string? standardInput, params string[] arguments)
    {
        var command = Start(dataDir, null, standardInput, arguments);
        if (!await command.WaitForExitAsync(TimeSpan.FromSeconds(60)))
        {
            await command.KillAsync();
            throw new TimeoutException($"{string.Join(' ', arguments)} did not finish: {command.Output}");
        }

        return command;
    }

    /// <summary>Polls /health/ready until it answers 200; false if the process exits or time runs out first.</summary>
    /// <summary>Waits until the process has written <paramref name="text"/> (standard output or error); fails the test when it has not within <paramref name="timeout"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < timeout, $"\"{text}\" was not written within {timeout.TotalSeconds:0} s: {Output}");
            await Task.Delay(50);
        }
    }

    public async Task<bool> WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout && !_process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // slow answer; try again
            }

            await Task.Delay(250);
        }

        return false;
    }

    /// <summary>SIGKILL: the host gets no chance to stop its PostgreSQL server.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a service manager stops it; true when it exited within the timeout.</summary>
    public async Task<bool> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(timeout);
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await StopAsync(TimeSpan.FromSeconds(30));
        }

        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    // The referenced host project builds into its own output folder, next to its runtimeconfig and appsettings.
    private static string HostAssemblyPath()
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Repository.PathOf("src", "Host", "bin", configuration, "net10.0", "Briefing.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first", path);
    }


    public static string PidFileOf(string dataDir) => Path.Combine(dataDir, "postgres", "postmaster.pid");

}
