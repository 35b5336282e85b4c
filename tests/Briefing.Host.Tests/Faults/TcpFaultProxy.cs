using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Briefing.Host.Tests.Faults;

/// <summary>
/// Stands between the service and its PostgreSQL server on a loopback port, passing bytes both ways
/// until told to fail: <see cref="Refuse"/> resets every connection (the server is down),
/// <see cref="Swallow"/> accepts connections and never answers (the server hangs, or a firewall drops
/// packets). Both drop the connections already open; <see cref="Freeze"/> keeps them open but passes
/// nothing more (the network between went silent). <see cref="Restore"/> lets new connections through again.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private enum Mode { Forward, Refuse, Swallow }

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _server;
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile Mode _mode = Mode.Forward;

    public TcpFaultProxy(string host, int port)
    {
        _server = new IPEndPoint(IPAddress.Parse(host), port);
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Refuse() => Fail(Mode.Refuse);

    public void Swallow() => Fail(Mode.Swallow);

    public void Freeze() => _mode = Mode.Swallow;

    public void Restore()
    {
        _mode = Mode.Forward;
        DropOpenConnections(); // the swallowed ones
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        DropOpenConnections();
        await _accepting;
        _stop.Dispose();
    }

    private void Fail(Mode mode)
    {
        _mode = mode;
        DropOpenConnections();
    }

    private void DropOpenConnections()
    {
        foreach (var socket in _open.Keys)
        {
            Reset(socket);
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            switch (_mode)
            {
                case Mode.Refuse:
                    Reset(client);
                    break;
                case Mode.Swallow:
                    _open[client] = 0;
                    break;
                default:
                    _ = Task.Run(() => ForwardAsync(client));
                    break;
            }
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        using var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_server, _stop.Token);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // dropped
        }
        finally
        {
            Reset(client);
            Reset(server);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, _stop.Token)) > 0)
            {
                while (_mode == Mode.Swallow)
                {
                    await Task.Delay(50, _stop.Token); // held until the connection is dropped
                }

                await to.SendAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // dropped
        }
    }

    private void Reset(Socket socket)
    {
        _open.TryRemove(socket, out _);
        try
        {
            socket.LingerState = new LingerOption(true, 0); // close with RST, as a dead server's kernel answers
            socket.Close();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // already gone
        }
    }
}
