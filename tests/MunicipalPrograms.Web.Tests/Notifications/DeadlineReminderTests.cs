using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Notifications;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Notifications;

/// <summary>The portal on 8 March 2026: seven days before the 2025 annual reports are due (15 March, the Procedure's date).</summary>
public sealed class PortalSevenDaysBeforeTheDeadline : PortalFactory
{
    public override DateOnly Today => new(2026, 3, 8);
}

/// <summary>
/// Issue 19: seven days before the deadline every executor of an unfinished report gets exactly one reminder, however
/// often the reminders run and on however many portal instances. Of the demo programs only the Кожевниковский one has
/// 2025 plans (seed 002); its executors are kozh.admin (responsible) and kozh.culture (co-executor of 4.1–4.2). Its 2025
/// report is empty: 6 indicators with plans and 10 funding lines with plans (seed 002, Appendix 2) — 16 values.
/// </summary>
public sealed class DeadlineReminderTests(PortalSevenDaysBeforeTheDeadline portal) : IClassFixture<PortalSevenDaysBeforeTheDeadline>
{
    private Task<int> RunAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host) =>
        Task.Run(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().RunAsync(CancellationToken.None);
        });

    [Fact]
    public async Task Seven_days_before_the_deadline_each_executor_of_an_unfinished_report_gets_exactly_one_reminder()
    {
        var second = await portal.VariantAsync(_ => { }); // a second portal instance on the same database

        var runs = await Task.WhenAll(RunAsync(portal), RunAsync(second), RunAsync(portal), RunAsync(second));
        var again = await RunAsync(portal);

        runs.Sum().Should().Be(2, "two executors, one reminder each, whoever ran first");
        again.Should().Be(0);
        await using var db = portal.CreateDbContext();
        var reminders = await db.Notifications.Where(n => n.Kind == NotificationKind.DeadlineReminder)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.ProgramCode, n.Year, n.Note, n.DedupKey }).ToListAsync();
        reminders.Select(r => r.UserName).Should().BeEquivalentTo(["kozh.admin", "kozh.culture"]);
        reminders.Should().OnlyContain(r => r.ProgramCode == "KZH-MP-01" && r.Year == 2025
                                            && r.Note == "Срок — 15.03.2026. Не заполнено 16 из 16 значений."
                                            && r.DedupKey!.StartsWith("reminder:7:", StringComparison.Ordinal));
        (await db.OutboxEmails.CountAsync(e => e.Subject == "Напоминание о сроке отчета · KZH-MP-01 · 2025 год")).Should().Be(2, "both want letters at once");
    }
}
