namespace Briefing.Host.Startup;

/// <summary>
/// A start-up failure the user can fix (no PostgreSQL binaries, an unreachable database, a data
/// directory in use). The host prints its message alone, without a stack trace, and exits non-zero.
/// </summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
