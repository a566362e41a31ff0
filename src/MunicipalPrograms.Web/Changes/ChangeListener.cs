using System.Diagnostics;
using Npgsql;

namespace MunicipalPrograms.Web.Changes;

/// <summary>
/// Listens on PostgreSQL's channels of the watched tables (triggers notify them at the commit of any change, by any instance
/// or by psql) and tells <see cref="ChangeWatch"/>. On a thread of its own, so that a busy thread pool does not delay a
/// notification; an idle connection is checked every <see cref="PingSeconds"/> seconds, and a lost one is opened again
/// (with the watch reading everything from the database meanwhile).
/// </summary>
public sealed class ChangeListener(ChangeWatch watch, string connectionString, TimeSpan firstRetryDelay, ILogger<ChangeListener> logger)
    : BackgroundService
{
    /// <summary>
    /// A program's stamp was raised (payload: its id; migration ProgramStampNotifications), and a table read outside the
    /// stamps changed (payload: its name; migration ChangeNotifications).
    /// </summary>
    public static readonly string[] Channels = ["program_stamps", "portal_changes"];
    /// <summary>The first wait before connecting again (doubled on each failure, up to 30 s).</summary>
    public const string RetrySecondsSetting = "Changes:ListenRetrySeconds";
    private const int PingSeconds = 10;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    // A connection of its own, outside the pool: it holds the LISTEN for the instance's lifetime.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false, ApplicationName = ApplicationName,
    }.ConnectionString;

    /// <summary>How the listener's connection shows in pg_stat_activity.</summary>
    public const string ApplicationName = "municipal-programs change listener";

    protected override Task ExecuteAsync(CancellationToken stopping) =>
        Task.Factory.StartNew(() => Run(stopping), stopping, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stopping)
    {
        var retryDelay = firstRetryDelay;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                using var connection = new NpgsqlConnection(_connectionString);
                connection.OpenAsync(stopping).GetAwaiter().GetResult(); // a stop does not wait for the connection time-out
                connection.Notification += (_, _) => watch.Changed();
                using (var listen = new NpgsqlCommand(string.Concat(Channels.Select(c => $"LISTEN {c};")), connection)) listen.ExecuteNonQuery();
                watch.SetListening(true);
                retryDelay = firstRetryDelay;
                logger.LogInformation("Listening for changes on {Channels}", string.Join(", ", Channels));
                Listen(connection, stopping);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                if (watch.Listening) logger.LogWarning(e, "The change listener lost its connection: every page reads the database until it is back");
                else logger.LogWarning("The change listener cannot connect ({Error}); retrying in {Seconds} s", e.Message, retryDelay.TotalSeconds);
                watch.SetListening(false);
                stopping.WaitHandle.WaitOne(retryDelay);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                // Stopping: the connection's end is expected.
            }
        }
        watch.SetListening(false);
    }

    /// <summary>Waits for notifications (one second at a time, to notice the stop); pings a connection idle for long.</summary>
    private static void Listen(NpgsqlConnection connection, CancellationToken stopping)
    {
        var idleSince = Stopwatch.GetTimestamp();
        while (!stopping.IsCancellationRequested)
        {
            if (connection.Wait(TimeSpan.FromSeconds(1)))
            {
                idleSince = Stopwatch.GetTimestamp();
                continue;
            }
            if (Stopwatch.GetElapsedTime(idleSince).TotalSeconds < PingSeconds) continue;
            // A connection dropped without a word (a firewall's idle timeout) would never notify again: a query finds out.
            using var ping = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = 5 };
            ping.ExecuteScalar();
            idleSince = Stopwatch.GetTimestamp();
        }
    }
}
