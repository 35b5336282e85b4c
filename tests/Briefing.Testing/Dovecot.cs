using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Briefing.Host.Database;

namespace Briefing.Testing;

/// <summary>
/// A throwaway Dovecot IMAP server on a loopback port, for the mail intake's tests: its configuration,
/// Maildir and state in a temporary directory of its own, one user with a plain test password. Mail
/// is delivered by writing files into the Maildir's <c>new/</c>, as a delivery agent would. Runs as
/// root (CI) or as the current user. Without Dovecot installed (<c>apt-get install dovecot-imapd</c>)
/// starting fails with a message saying so: in CI, and anywhere else, the tests never skip silently.
/// </summary>
public sealed class Dovecot : IAsyncDisposable
{
    /// <summary>The Maildir's owner when the tests run as root: Dovecot refuses to give mail to uid 0.</summary>
    private const int NobodyId = 65534;
    private static readonly string[] Candidates = ["/usr/sbin/dovecot", "/usr/local/sbin/dovecot"];

    private readonly TemporaryDirectory _directory = new();
    private readonly ServerCertificate? _certificate;
    private Process? _process;

    public string User { get; } = "tougao";

    /// <summary>The mailbox's password: a test value, never a real one.</summary>
    public string Password { get; } = "mail-test-" + Guid.NewGuid().ToString("N")[..12];

    public int Port { get; } = LoopbackPorts.ForAnotherProcess();

    public string Maildir => Path.Combine(_directory.Path, "Maildir");

    private Dovecot(ServerCertificate? certificate) => _certificate = certificate;

    /// <summary>Starts a server; with <paramref name="certificate"/> it offers STARTTLS with it and refuses plain-text logins without TLS.</summary>
    public static async Task<Dovecot> StartAsync(ServerCertificate? certificate = null)
    {
        var dovecot = new Dovecot(certificate);
        dovecot.WriteConfiguration();
        await dovecot.StartAgainAsync();
        return dovecot;
    }

    public static string Executable() =>
        Candidates.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, "dovecot")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            "Dovecot is not installed: the e-mail intake's tests need a real IMAP server. Install it with `apt-get install -y dovecot-imapd` (.ci/run does)."
            + (Environment.GetEnvironmentVariable("CI") == "true" ? " (CI=true: these tests fail rather than skip.)" : ""));

    /// <summary>Starts the server (again, after <see cref="StopAsync"/>) on the same port, with the same Maildir.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Executable(), ["-F", "-c", ConfigPath]) { RedirectStandardError = true, RedirectStandardOutput = true };
        _process = Process.Start(start) ?? throw new InvalidOperationException("Dovecot did not start.");
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Dovecot exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()} {Log()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"Dovecot did not listen on 127.0.0.1:{Port} within 10 s. {Log()}");
    }

    /// <summary>Stops the server (the process this helper started, and its children).</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process = null;
    }

    /// <summary>Puts a message into the Maildir's new/, written under tmp/ first and moved, as delivery agents do.</summary>
    public void Deliver(byte[] message)
    {
        var name = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Guid.NewGuid():N}.briefing-tests";
        var temporary = Path.Combine(Maildir, "tmp", name);
        File.WriteAllBytes(temporary, message);
        Own(temporary);
        File.Move(temporary, Path.Combine(Maildir, "new", name));
    }

    /// <summary>The messages in the inbox that are not marked seen (new/, or cur/ without the S flag).</summary>
    public int UnseenCount() =>
        Directory.GetFiles(Path.Combine(Maildir, "new")).Length + Directory.GetFiles(Path.Combine(Maildir, "cur")).Count(file => !IsSeen(file));

    public int SeenCount() => Directory.GetFiles(Path.Combine(Maildir, "cur")).Count(IsSeen);

    /// <summary>Every message of the inbox, seen or not (a message taken is never deleted).</summary>
    public int MessageCount() => Directory.GetFiles(Path.Combine(Maildir, "new")).Length + Directory.GetFiles(Path.Combine(Maildir, "cur")).Length;

    /// <summary>Takes the seen flag off every message, as if the poll that took them had stopped before marking them.</summary>
    public void MarkAllUnseen()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Maildir, "cur")).Where(IsSeen))
        {
            var flags = file.LastIndexOf(":2,", StringComparison.Ordinal);
            File.Move(file, file[..(flags + 3)] + file[(flags + 3)..].Replace("S", ""));
        }
    }

    /// <summary>Messages in another folder (Maildir++ layout: .Name).</summary>
    public int MessageCountIn(string folder)
    {
        var root = Path.Combine(Maildir, "." + folder);
        return Directory.Exists(root) ? Directory.GetFiles(Path.Combine(root, "new")).Length + Directory.GetFiles(Path.Combine(root, "cur")).Length : 0;
    }

    /// <summary>Creates a folder (Maildir++ layout).</summary>
    public void CreateFolder(string folder)
    {
        foreach (var part in new[] { "new", "cur", "tmp" })
        {
            Own(Directory.CreateDirectory(Path.Combine(Maildir, "." + folder, part)).FullName);
        }

        Own(Path.Combine(Maildir, "." + folder));
    }

    /// <summary>The log's login lines (each says whether the session was secured with TLS).</summary>
    public string LoginLines() => string.Join('\n', Log().Split('\n').Where(line => line.Contains("Login: ", StringComparison.Ordinal)));

    private static bool IsSeen(string file) => file.LastIndexOf(":2,", StringComparison.Ordinal) is var flags and >= 0 && file[(flags + 3)..].Contains('S');

    private string ConfigPath => Path.Combine(_directory.Path, "dovecot.conf");

    private string Log() => File.Exists(Path.Combine(_directory.Path, "dovecot.log")) ? File.ReadAllText(Path.Combine(_directory.Path, "dovecot.log")) : "";

    private static bool IsRoot => geteuid() == 0;

    [DllImport("libc")]
    private static extern uint geteuid();

    [DllImport("libc")]
    private static extern uint getegid();

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int chown([MarshalAs(UnmanagedType.LPStr)] string path, int owner, int group);

    /// <summary>When root, gives the path to the mail user; otherwise the current user owns it already.</summary>
    private static void Own(string path)
    {
        if (IsRoot)
        {
            if (chown(path, NobodyId, NobodyId) != 0)
            {
                throw new IOException($"chown {path} failed: error {Marshal.GetLastPInvokeError()}");
            }
        }
    }

    private void WriteConfiguration()
    {
        var root = _directory.Path;
        foreach (var part in new[] { "new", "cur", "tmp" })
        {
            Own(Directory.CreateDirectory(Path.Combine(Maildir, part)).FullName);
        }

        Own(Maildir);
        Own(root);
        File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        Directory.CreateDirectory(Path.Combine(root, "run"));
        File.WriteAllText(Path.Combine(root, "passwd"), $"{User}:{{PLAIN}}{Password}\n");
        var (uid, gid) = IsRoot ? (NobodyId, NobodyId) : ((int)geteuid(), (int)getegid());
        var account = IsRoot
            ? "default_internal_user = dovecot\ndefault_login_user = dovenull\ndefault_internal_group = dovecot"
            : $"default_internal_user = {Environment.UserName}\ndefault_login_user = {Environment.UserName}\ndefault_internal_group = {Environment.UserName}";
        var ssl = _certificate is { } certificate
            ? $"ssl = required\nssl_cert = <{certificate.CertificatePath}\nssl_key = <{certificate.KeyPath}\ndisable_plaintext_auth = yes"
            : "ssl = no\ndisable_plaintext_auth = no";
        File.WriteAllText(ConfigPath, $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{root}}/run
            state_dir = {{root}}/run/state
            log_path = {{root}}/dovecot.log
            {{ssl}}
            auth_mechanisms = plain login
            {{account}}
            first_valid_uid = 1
            mail_location = maildir:{{Maildir}}
            mailbox_idle_check_interval = 1 secs
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{root}}/passwd
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{root}}
            }
            """);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _directory.Dispose();
    }
}

/// <summary>A self-signed certificate for 127.0.0.1, as PEM files Dovecot reads; <see cref="Thumbprint"/> is what the host is told to trust.</summary>
public sealed class ServerCertificate : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public string CertificatePath => Path.Combine(_directory.Path, "cert.pem");
    public string KeyPath => Path.Combine(_directory.Path, "key.pem");
    public string Thumbprint { get; }

    public ServerCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllText(CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(KeyPath, key.ExportPkcs8PrivateKeyPem());
        File.SetUnixFileMode(_directory.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherExecute);
        Thumbprint = certificate.GetCertHashString();
    }

    public void Dispose() => _directory.Dispose();
}
