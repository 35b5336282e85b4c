using System.Net;
using System.Net.Sockets;

namespace Briefing.Host.Database;

/// <summary>Free ports on 127.0.0.1.</summary>
public static class LoopbackPorts
{
    // Below Linux's ephemeral range (32768–60999), where the operating system never hands out a port by itself.
    private const int First = 20000;
    private const int Last = 32000;

    /// <summary>A port the operating system picks; it may pick the same one again once it is let go.</summary>
    public static int Ephemeral()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A free port outside the ephemeral range, for a process started with its address given: the
    /// embedded PostgreSQL it starts takes an ephemeral port, which can then never be this one.
    /// </summary>
    public static int ForAnotherProcess()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < 100)
            {
                // taken: try another
            }
        }
    }
}
