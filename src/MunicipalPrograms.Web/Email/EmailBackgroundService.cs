using Microsoft.Extensions.Options;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Email;

/// <summary>
/// Every <see cref="EmailOptions.PollSeconds"/>: the outbox round (when e-mail is enabled), and once a local day the
/// retention and, from the digest hour on, the digests. A failure (the database away, the SMTP server away) is logged
/// and tried again next round; nothing is lost, the letters wait in the outbox.
/// </summary>
public sealed class EmailBackgroundService(OutboxSender sender, IServiceScopeFactory scopes, IOptionsMonitor<EmailOptions> options, TimeProvider clock,
    ILogger<EmailBackgroundService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.CurrentValue.PollSeconds;
        if (poll <= 0) return;
        await Task.Yield();
        var settings = options.CurrentValue;
        if (settings.Enabled) log.LogInformation("E-mail through {Host}:{Port} ({Security}), outbox checked every {Poll} s", settings.Smtp.Host, settings.Smtp.Port, settings.Smtp.Security, poll);
        else log.LogInformation("E-mail is off (Email:Enabled=false): letters wait in the outbox");
        DateOnly? retainedOn = null, digestOn = null;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(poll));
        do
        {
            try
            {
                var today = clock.Today();
                if (retainedOn != today)
                {
                    using var scope = scopes.CreateScope();
                    var deleted = await scope.ServiceProvider.GetRequiredService<NotificationHousekeeping>().ApplyRetentionAsync(stoppingToken);
                    if (deleted > 0) log.LogInformation("Retention deleted {Count} old notifications and sent letters", deleted);
                    retainedOn = today;
                }
                if (digestOn != today && clock.GetLocalNow().Hour >= options.CurrentValue.DigestHour)
                {
                    using var scope = scopes.CreateScope();
                    var letters = await scope.ServiceProvider.GetRequiredService<NotificationHousekeeping>().MakeDigestsAsync(stoppingToken);
                    if (letters > 0) log.LogInformation("Daily digests: {Count} letters", letters);
                    digestOn = today;
                }
                while (await sender.SendDueAsync(stoppingToken) >= options.CurrentValue.BatchSize) { }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "The e-mail round failed; it is tried again in {Poll} s", poll);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
