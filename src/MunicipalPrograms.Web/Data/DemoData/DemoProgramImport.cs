using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Web.Data.DemoData;

/// <summary>
/// Turns one demo document into entities. Saved in stages because later rows refer to the
/// generated ids of earlier ones (objectives, activities) by their codes in the document.
/// </summary>
internal sealed class DemoProgramImport(AppDbContext db, DemoDocument doc)
{
    private readonly Dictionary<string, Department> _departments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Goal> _goals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Objective> _objectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Subprogram> _subprograms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Activity> _activities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> _indicators = new(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken ct)
    {
        var municipality = await MunicipalityAsync(ct);
        var program = ProgramCore(municipality);
        db.Programs.Add(program);
        await db.SaveChangesAsync(ct);

        await ActivitiesAsync(program, ct);
        Indicators(program);
        Funding(program);
        Amendments(program);
        Reports(program);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Municipality> MunicipalityAsync(CancellationToken ct)
    {
        var m = doc.Municipality;
        var municipality = await db.Municipalities.Include(x => x.Departments).FirstOrDefaultAsync(x => x.Code == m.Code, ct);
        if (municipality is null)
        {
            municipality = new Municipality
            {
                Code = m.Code, Name = m.Name, Region = m.Region, MoneyUnit = m.MoneyUnit, TimeZoneId = m.TimeZone ?? Municipality.DefaultTimeZone,
            };
            foreach (var (source, name) in m.BudgetNames ?? [])
                municipality.BudgetNames.Set(source, name);
            db.Municipalities.Add(municipality);
        }
        foreach (var d in doc.Departments)
        {
            var department = municipality.Departments.FirstOrDefault(x => x.Code == d.Code);
            if (department is null)
            {
                department = new Department { Code = d.Code, Name = d.Name, ShortName = d.ShortName, Kind = d.Kind };
                municipality.Departments.Add(department);
            }
            _departments[d.Code] = department;
        }
        await db.SaveChangesAsync(ct);
        return municipality;
    }

    private MunicipalProgram ProgramCore(Municipality municipality)
    {
        var p = doc.Program;
        var program = new MunicipalProgram
        {
            MunicipalityId = municipality.Id,
            RegistryCode = p.RegistryCode,
            Name = p.Name,
            StartYear = p.StartYear ?? FirstYearMentioned(p),
            EndYear = p.EndYear,
            Status = p.Status,
            ApprovingAct = ToLegalAct(p.ApprovingAct),
            ResponsibleExecutorId = Department(p.ResponsibleExecutor).Id,
            Curator = p.Curator, Customer = p.Customer, SocioEconomicGoal = p.SocioEconomicGoal,
            CurrentState = p.CurrentState, Risks = p.Risks, Management = p.Management, Stages = p.Stages,
            ExpectedResults = p.ExpectedResults ?? [],
            Revision = 1 + (p.Amendments?.Count ?? 0),
        };
        program.CoExecutors = (p.CoExecutors ?? []).Distinct()
            .Select(c => new ProgramCoExecutor { DepartmentId = Department(c).Id }).ToList();

        var goalOrder = 0;
        foreach (var g in p.Goals ?? [])
        {
            var goal = new Goal { Code = g.Code, Name = g.Name, SortOrder = goalOrder++ };
            var objectiveOrder = 0;
            foreach (var o in g.Objectives ?? [])
            {
                var objective = new Objective { Code = o.Code, Name = o.Name, SortOrder = objectiveOrder++ };
                goal.Objectives.Add(objective);
                _objectives.Add(o.Code, objective);
            }
            program.Goals.Add(goal);
            _goals.Add(g.Code, goal);
        }

        var subOrder = 0;
        foreach (var s in p.Subprograms ?? [])
        {
            var sub = new Subprogram
            {
                Code = s.Code, Name = s.Name, SortOrder = subOrder++,
                ResponsibleExecutorId = s.ResponsibleExecutor is null ? null : Department(s.ResponsibleExecutor).Id,
                CoExecutors = s.CoExecutors is { Count: > 0 } ? string.Join("; ", s.CoExecutors.Select(c => Department(c).Name)) : null,
                GoalsText = s.Goals, ObjectivesText = s.Objectives, ExpectedResults = s.ExpectedResults,
                StartYear = s.StartYear, EndYear = s.EndYear,
            };
            program.Subprograms.Add(sub);
            _subprograms.Add(s.Code, sub);
        }
        return program;
    }

    /// <summary>
    /// A program whose document omits its period starts, at the latest, in its first reported year. A document
    /// that mentions no year at all is refused: the demo data must not depend on the day it is loaded.
    /// </summary>
    private static int FirstYearMentioned(DemoProgram p) =>
        (p.Reports ?? []).Select(r => r.Year)
            .Concat((p.Funding ?? []).Select(f => f.Year))
            .Concat((p.Indicators ?? []).SelectMany(i => i.Values ?? []).Where(v => v.Planned is not null).Select(v => v.Year))
            .DefaultIfEmpty().Min() is var year and > 0
            ? year
            : throw new InvalidDataException($"Program {p.RegistryCode}: neither its period nor any year of data is given.");

    private async Task ActivitiesAsync(MunicipalProgram program, CancellationToken ct)
    {
        var order = 0;
        var pending = (doc.Program.Activities ?? []).ToList();
        // Parents before children: each pass saves the activities whose parent already has an id.
        while (pending.Count > 0)
        {
            var ready = pending.Where(a => a.ParentCode is null || _activities.ContainsKey(a.ParentCode)).ToList();
            if (ready.Count == 0)
                throw new InvalidDataException($"{doc.Municipality.Code}: activities refer to unknown parents: {string.Join(", ", pending.Select(a => a.ParentCode))}");
            foreach (var a in ready)
            {
                var activity = new Activity
                {
                    ProgramId = program.Id, Code = a.Code, Kind = a.Kind, StructureCode = a.StructureCode, Name = a.Name,
                    ParentId = a.ParentCode is null ? null : _activities[a.ParentCode].Id,
                    ObjectiveId = a.ObjectiveCode is null ? null : Objective(a.ObjectiveCode).Id,
                    SubprogramId = a.SubprogramCode is null ? null : Subprogram(a.SubprogramCode).Id,
                    PlannedStart = a.PlannedStart, PlannedEnd = a.PlannedEnd, IsInvestment = a.IsInvestment,
                    SortOrder = OrderOf(a, ref order),
                    Executors = (a.Executors ?? []).Distinct().Select(e => new ActivityExecutor { DepartmentId = Department(e).Id }).ToList(),
                    ExpectedResults = (a.ExpectedResults ?? []).Select(r => new ActivityYearResult { Year = r.Year, Text = r.Text }).ToList(),
                };
                db.Activities.Add(activity);
                _activities.Add(a.Code, activity);
                pending.Remove(a);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    // Sort order follows the document, whatever pass an activity was saved in.
    private int OrderOf(DemoActivity a, ref int fallback) =>
        doc.Program.Activities is { } all ? all.IndexOf(a) : fallback++;

    private void Indicators(MunicipalProgram program)
    {
        var order = 0;
        foreach (var i in doc.Program.Indicators ?? [])
        {
            var indicator = new Indicator
            {
                ProgramId = program.Id, Code = i.Code, Name = i.Name, Unit = i.Unit ?? "",
                Kind = i.Kind, Direction = i.Direction, TargetKind = i.TargetKind,
                BaseValue = i.BaseValue, BaseYear = i.BaseYear, BaseNote = i.BaseNote,
                GoalId = i.GoalCode is null ? null : Goal(i.GoalCode).Id,
                ObjectiveId = i.ObjectiveCode is null ? null : Objective(i.ObjectiveCode).Id,
                SubprogramId = i.SubprogramCode is null ? null : Subprogram(i.SubprogramCode).Id,
                ActivityId = i.ActivityCode is null ? null : Activity(i.ActivityCode).Id,
                CalculationMethod = i.CalculationMethod, SortOrder = order++,
                Values = (i.Values ?? []).Select(v => new IndicatorValue
                {
                    Year = v.Year, Period = v.Period, Planned = v.Planned, PlannedUpper = v.PlannedUpper,
                    Actual = v.Actual, NotMeasured = v.NotMeasured, DeviationReason = v.DeviationReason,
                    ActualNote = v.ActualNote, Calculation = v.Calculation,
                }).ToList(),
            };
            db.Indicators.Add(indicator);
            _indicators.Add(i.Code, indicator);
        }
    }

    private void Funding(MunicipalProgram program)
    {
        foreach (var f in doc.Program.Funding ?? [])
        {
            db.FundingLines.Add(new FundingLine
            {
                ProgramId = program.Id, ActivityId = Activity(f.ActivityCode).Id, Year = f.Year, Period = f.Period,
                Source = f.Source, ExecutorId = f.Executor is null ? null : Department(f.Executor).Id,
                Planned = f.Planned, PeriodPlanned = f.PeriodPlanned, Actual = f.Actual,
            });
        }
    }

    private void Amendments(MunicipalProgram program)
    {
        var revision = 1;
        foreach (var a in (doc.Program.Amendments ?? []).OrderBy(a => a.Act.Date))
            db.Amendments.Add(new Amendment { ProgramId = program.Id, Revision = ++revision, Act = ToLegalAct(a.Act), Summary = a.Summary ?? "" });
    }

    private void Reports(MunicipalProgram program)
    {
        foreach (var r in doc.Program.Reports ?? [])
        {
            db.Reports.Add(new ProgressReport
            {
                ProgramId = program.Id, Year = r.Year, Period = r.Period, Status = r.Status, WeightMode = r.WeightMode,
                SignatoryName = r.Signatory?.Name, SignatoryPosition = r.Signatory?.Position,
                ContactName = r.Contact?.Name, ContactPhone = r.Contact?.Phone, Narrative = r.Narrative,
                SubmittedAt = r.Status is ReportStatus.Submitted or ReportStatus.Accepted ? SubmittedOn(r) : null,
                AcceptedAt = r.Status == ReportStatus.Accepted ? SubmittedOn(r) : null,
                Weights = (r.Weights ?? []).Select(w => new ReportIndicatorWeight { Indicator = Indicator(w.Key), Weight = w.Value }).ToList(),
                ActivityExecutions = (r.ActivityExecution ?? []).Select(e => new ReportActivityExecution
                {
                    ActivityId = Activity(e.ActivityCode).Id, Done = e.Done, NotDoneReason = e.NotDoneReason,
                    Problems = e.Problems, ActualCompletion = e.ActualCompletion, Completed = e.Completed,
                }).ToList(),
            });
        }
    }

    /// <summary>The documents carry no submission dates: take the deadline of the period.</summary>
    private static DateTimeOffset SubmittedOn(DemoReport r) =>
        new(ReportingCampaign.Default.DeadlineOf(new ReportingPeriod(r.Year, r.Period)).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static LegalAct ToLegalAct(DemoLegalAct? a) => a is null
        ? new LegalAct()
        : new LegalAct { Kind = a.Kind ?? "Постановление", Issuer = a.Issuer, Date = a.Date, Number = a.Number, Title = a.Title };

    private Department Department(string code) => Lookup(_departments, code, "department");
    private Goal Goal(string code) => Lookup(_goals, code, "goal");
    private Objective Objective(string code) => Lookup(_objectives, code, "objective");
    private Subprogram Subprogram(string code) => Lookup(_subprograms, code, "subprogram");
    private Activity Activity(string code) => Lookup(_activities, code, "activity");
    private Indicator Indicator(string code) => Lookup(_indicators, code, "indicator");

    private T Lookup<T>(Dictionary<string, T> map, string code, string what) =>
        map.TryGetValue(code, out var value)
            ? value
            : throw new InvalidDataException($"{doc.Municipality.Code}: unknown {what} code '{code}'");
}
