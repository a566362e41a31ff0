using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Access;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramRegistry;

/// <summary>What the «Новая программа» form posts: text as typed, so a wrong value comes back as it was.</summary>
public sealed class NewProgramInput
{
    public int? MunicipalityId { get; set; }
    public string? Name { get; set; }
    public string? RegistryCode { get; set; }
    public string? StartYear { get; set; }
    public string? EndYear { get; set; }
    public int? ResponsibleExecutorId { get; set; }
    public string? DueDate { get; set; }
    public string? DecisionKind { get; set; }
    public string? DecisionDate { get; set; }
    public string? DecisionNumber { get; set; }
}

public sealed record MunicipalityChoice(int Id, string Name, IReadOnlyList<DepartmentChoice> Departments);

public sealed record DepartmentChoice(int Id, string Name);

/// <summary>The form: the input, the choices, the messages by field and the 3.3 warning.</summary>
public sealed record NewProgramForm(
    NewProgramInput Input, IReadOnlyList<MunicipalityChoice> Municipalities, bool MunicipalityFixed,
    IReadOnlyList<RuleMessage> Messages, RuleMessage? RegistryWarning)
{
    public string? ErrorFor(string field) =>
        Messages.Where(m => m.Field == field && !m.IsWarning).Select(m => m.Message).FirstOrDefault();

    public bool HasErrors => Messages.Any(m => !m.IsWarning);
}

public sealed record CreationResult(int? ProgramId, NewProgramForm Form)
{
    public bool Created => ProgramId is not null;
}

/// <summary>
/// Creation of a program from the administration's decision (Procedure 1.7): the program row in status «проект»,
/// its initial draft with the deadline for the project, and the audit entry, in one transaction. The rules of
/// 1.8 (period) and 3.3 (registry changes after 15 September) come from <see cref="PlanRules"/>.
/// </summary>
public sealed class ProgramCreation(AppDbContext db, TimeProvider clock)
{
    public const string DefaultDecisionKind = "Постановление";

    public async Task<NewProgramForm> FormAsync(UserScope user, NewProgramInput? input, CancellationToken ct)
    {
        var choices = await ChoicesAsync(user, ct);
        input ??= new NewProgramInput { DecisionKind = DefaultDecisionKind };
        if (user.MunicipalityId is { } own || choices.Count == 1)
            input.MunicipalityId = user.MunicipalityId ?? choices[0].Id;
        return new NewProgramForm(input, choices, user.MunicipalityId is not null || choices.Count == 1, [], PlanRules.RegistryChange(clock.Today()));
    }

    public async Task<CreationResult> CreateAsync(UserScope user, NewProgramInput input, CancellationToken ct)
    {
        var form = await FormAsync(user, input, ct);
        var messages = new List<RuleMessage>();
        var today = clock.Today();

        var municipality = form.Municipalities.FirstOrDefault(m => m.Id == input.MunicipalityId);
        if (municipality is null) messages.Add(new(nameof(input.MunicipalityId), "Выберите муниципальное образование."));

        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) messages.Add(new(nameof(input.Name), "Укажите наименование программы."));
        else if (name.Length > MunicipalProgram.NameMaxLength)
            messages.Add(new(nameof(input.Name), $"Наименование — не длиннее {MunicipalProgram.NameMaxLength} знаков."));

        var code = input.RegistryCode?.Trim() ?? "";
        if (code.Length == 0) messages.Add(new(nameof(input.RegistryCode), "Укажите код программы в перечне."));
        else if (code.Length > MunicipalProgram.RegistryCodeMaxLength)
            messages.Add(new(nameof(input.RegistryCode), $"Код — не длиннее {MunicipalProgram.RegistryCodeMaxLength} знаков."));
        else if (municipality is not null && await db.Programs.AnyAsync(p => p.MunicipalityId == municipality.Id && p.RegistryCode == code, ct))
            messages.Add(new(nameof(input.RegistryCode), $"Программа с кодом {code} уже есть в перечне этого муниципального образования."));

        var start = Year(input.StartYear);
        var end = Year(input.EndYear);
        if (start is null)
            messages.Add(new(nameof(input.StartYear), "Укажите год начала реализации (четыре цифры)."));
        else if (!string.IsNullOrWhiteSpace(input.EndYear) && end is null)
            messages.Add(new(nameof(input.EndYear), "Укажите год окончания реализации (четыре цифры)."));
        else
            messages.AddRange(PlanRules.Period(start.Value, end, approvedEndYear: null));

        if (input.ResponsibleExecutorId is not { } executorId)
            messages.Add(new(nameof(input.ResponsibleExecutorId), "Выберите ответственного исполнителя."));
        else if (municipality is not null && municipality.Departments.All(d => d.Id != executorId))
            messages.Add(new(nameof(input.ResponsibleExecutorId), "Ответственный исполнитель — подразделение выбранного муниципального образования."));

        var due = RuInput.Date(input.DueDate);
        if (!due.Ok) messages.Add(new(nameof(input.DueDate), due.Error!));
        else if (due.Value is null) messages.Add(new(nameof(input.DueDate), "Укажите срок представления проекта программы (ДД.ММ.ГГГГ)."));
        else if (due.Value < today)
            messages.Add(new(nameof(input.DueDate), $"Срок представления проекта не может быть в прошлом: сегодня {RuFormat.Date(today)}."));

        var decisionDate = RuInput.Date(input.DecisionDate);
        if (!decisionDate.Ok) messages.Add(new(nameof(input.DecisionDate), decisionDate.Error!));
        else if (decisionDate.Value > today) messages.Add(new(nameof(input.DecisionDate), "Дата решения не может быть позже сегодняшней."));
        var decisionNumber = input.DecisionNumber?.Trim();
        if (decisionNumber?.Length > LegalAct.NumberMaxLength)
            messages.Add(new(nameof(input.DecisionNumber), $"Номер — не длиннее {LegalAct.NumberMaxLength} знаков."));
        var decisionKind = string.IsNullOrWhiteSpace(input.DecisionKind) ? DefaultDecisionKind : input.DecisionKind.Trim();
        if (decisionKind.Length > LegalAct.KindMaxLength)
            messages.Add(new(nameof(input.DecisionKind), $"Вид акта — не длиннее {LegalAct.KindMaxLength} знаков."));

        if (messages.Count > 0) return new CreationResult(null, form with { Messages = messages });

        var now = clock.GetUtcNow();
        var program = new MunicipalProgram
        {
            MunicipalityId = municipality!.Id, Name = name, RegistryCode = code, StartYear = start!.Value, EndYear = end,
            Status = ProgramStatus.Draft, Revision = 0, ResponsibleExecutorId = input.ResponsibleExecutorId!.Value,
        };
        var decision = decisionDate.Value is not null || !string.IsNullOrEmpty(decisionNumber)
            ? new LegalAct { Kind = decisionKind, Date = decisionDate.Value, Number = decisionNumber }
            : null;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Programs.Add(program);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return new CreationResult(null, form with { Messages = [new(nameof(input.RegistryCode),
                $"Программа с кодом {code} уже есть в перечне этого муниципального образования.")] });
        }
        db.ProgramDrafts.Add(new ProgramDraft
        {
            ProgramId = program.Id, Kind = DraftKind.Initial, Status = DraftStatus.Editing, DueDate = due.Value,
            CreatedBy = user.UserName, CreatedAt = now, PlanJson = ProgramPlanJson.Write(ProgramPlanReader.From(program)),
        });
        var subjectName = AuditSubjects.NameOf(code, name);
        db.AuditEntries.Add(new AuditEntry
        {
            ProgramId = program.Id, Subject = AuditSubjects.Program, SubjectId = program.Id, SubjectName = subjectName,
            Field = AuditField.Created, NewValue = name, Reason = decision?.Citation(), UserName = user.UserName, At = now,
        });
        if (form.RegistryWarning is not null)
            db.AuditEntries.Add(new AuditEntry
            {
                ProgramId = program.Id, Subject = AuditSubjects.Program, SubjectId = program.Id, SubjectName = subjectName,
                Field = AuditField.LateRegistryChange, NewValue = AuditValue.Flag(true), UserName = user.UserName, At = now,
            });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CreationResult(program.Id, form);
    }

    private static int? Year(string? text) =>
        int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    private async Task<List<MunicipalityChoice>> ChoicesAsync(UserScope user, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking()
            .Where(m => user.MunicipalityId == null || m.Id == user.MunicipalityId)
            .OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking()
            .Where(d => (user.MunicipalityId == null || d.MunicipalityId == user.MunicipalityId) && d.ClosedOn == null)
            .OrderBy(d => d.Name).Select(d => new { d.Id, d.MunicipalityId, d.Name }).ToListAsync(ct);
        return municipalities.Select(m => new MunicipalityChoice(m.Id, m.Name,
            departments.Where(d => d.MunicipalityId == m.Id).Select(d => new DepartmentChoice(d.Id, d.Name)).ToList())).ToList();
    }
}
