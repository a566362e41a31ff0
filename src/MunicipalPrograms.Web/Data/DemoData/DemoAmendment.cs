using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.ProgramEditing;

namespace MunicipalPrograms.Web.Data.DemoData;

/// <summary>
/// One real-looking amendment of the Кожевниковский program, made through the same draft service as in the browser:
/// its responsible executor opens the amendment, raises the 2024 local-budget funding of activity 2.1 (computers and
/// office equipment) and the 2024 plan of indicator 4.1, sends it; the finance department agrees it and approves it by
/// the administration's resolution of 15.02.2024 № 95. Added once: only while the program has a single редакция.
/// </summary>
public sealed class DemoProgramAmendment(AppDbContext db, ProgramDraftService drafts, ILogger<DemoProgramAmendment> logger)
{
    public const string RegistryCode = "KZH-MP-01";
    public const string ActivityCode = "2.1";
    public const string IndicatorCode = "4.1";
    public const int Year = 2024;
    public const decimal NewFunding = 412.5m;
    public const decimal NewPlanned = 75m;

    public static readonly LegalAct Act = new()
    {
        Kind = "Постановление", Issuer = "Администрации Кожевниковского района", Date = new DateOnly(2024, 2, 15), Number = "95",
        Title = "О внесении изменений в постановление Администрации Кожевниковского района от 17.09.2020 № 504",
    };

    public const string Summary = "Увеличено финансирование модернизации компьютерной техники в 2024 году; уточнено плановое значение показателя 4.1 на 2024 год";

    /// <returns>Whether the amendment was added now.</returns>
    public async Task<bool> AddAsync(CancellationToken ct = default)
    {
        var program = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.RegistryCode == RegistryCode, ct);
        if (program is null || await db.ProgramVersions.CountAsync(v => v.ProgramId == program.Id, ct) != 1
            || await db.ProgramDrafts.AnyAsync(d => d.ProgramId == program.Id, ct)) return false;
        var executor = new UserScope("kozh.admin", Roles.Executor, program.ResponsibleExecutorId, program.MunicipalityId);
        var finance = new UserScope("finance", Roles.Finance, null, null);

        Check(await drafts.OpenAmendmentAsync(program.Id, executor, ct));
        var draft = (await drafts.DraftOfAsync(program.Id, ct))!;
        var plan = draft.Plan();
        var activity = plan.Activities.Single(a => a.Code == ActivityCode);
        plan.Funding.Single(f => f.ActivityKey == activity.Key && f.Year == Year && f.Period == PeriodKind.Year && f.Source == FundingSource.Local).Planned = NewFunding;
        plan.Indicators.Single(i => i.Code == IndicatorCode).PlanFor(ReportingPeriod.AnnualOf(Year))!.Planned = NewPlanned;
        Check(await drafts.SaveAsync(program.Id, draft.Version, plan, executor, ct));
        Check(await drafts.SendAsync(program.Id, executor, ct));
        Check(await drafts.AgreeAsync(program.Id, finance, ct));
        Check(await drafts.ApproveAsync(program.Id, new ApprovalAct(Act, Act.Date!.Value, Summary), finance, ct));
        // Approved on the act's day, as the demo редакции are, not on the day the demo database was made.
        var approvedAt = new DateTimeOffset(Act.Date.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await db.ProgramVersions.Where(v => v.ProgramId == program.Id && v.Act.Number == Act.Number)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.ApprovedAt, approvedAt), ct);
        logger.LogInformation("Demo amendment of {RegistryCode} approved by {Act}", RegistryCode, Act.Citation());
        return true;
    }

    private static void Check(DraftResult result)
    {
        if (!result.Done) throw new InvalidOperationException("The demo amendment was refused: " + result.FirstError);
    }
}
