using System.Diagnostics;
using Npgsql;

namespace MunicipalPrograms.Web.ProgramCache;

/// <summary>
/// Listens on PostgreSQL's <c>program_stamps</c> channel (a trigger notifies it whenever a program's stamp is raised, by
/// any instance or by psql) and tells <see cref="StampWatch"/>. On a thread of its own, so that a busy thread pool does not
/// delay a notification; an idle connection is checked every <see cref="PingSeconds"/> seconds, and a lost one is opened
/// again (with the watch reading every stamp from the database meanwhile).
/// </summary>
public sealed class StampListener(StampWatch watch, string connectionString, TimeSpan firstRetryDelay, ILogger<StampListener> logger)
    : BackgroundService
{
    public const string Channel = "program_stamps";
    /// <summary>The first wait before connecting again (doubled on each failure, up to 30 s).</summary>
    public const string RetrySecondsSetting = "ProgramCache:ListenRetrySeconds";
    private const int PingSeconds = 10;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    // A connection of its own, outside the pool: it holds the LISTEN for the instance's lifetime.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false, ApplicationName = "municipal-programs stamp listener",
    }.ConnectionString;

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
                connection.Open();
                connection.Notification += (_, _) => watch.Changed();
                using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) listen.ExecuteNonQuery();
                watch.SetListening(true);
                retryDelay = firstRetryDelay;
                logger.LogInformation("Listening for program stamp changes");
                Listen(connection, stopping);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                if (watch.Listening) logger.LogWarning(e, "The stamp listener lost its connection: every page reads the stamps until it is back");
                else logger.LogWarning("The stamp listener cannot connect ({Error}); retrying in {Seconds} s", e.Message, retryDelay.TotalSeconds);
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
