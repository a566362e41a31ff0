using System.Globalization;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// The list of subprograms with their passports (Appendix 4) as one form: existing rows carry their key, one empty row
/// (key 0) adds a subprogram, «Удалить» marks a row, the «↑»/«↓» buttons post <see cref="Move"/>.
/// </summary>
public sealed class SubprogramsForm
{
    public uint Version { get; set; }
    public string? Move { get; set; }
    public List<SubprogramRow> Rows { get; set; } = [];

    public static SubprogramsForm From(ProgramPlan plan, uint version) => new()
    {
        Version = version,
        Rows = [.. plan.Subprograms.Select(s => new SubprogramRow
        {
            Key = s.Key, Code = s.Code, Name = s.Name, ResponsibleExecutorId = s.ResponsibleExecutorId, CoExecutors = s.CoExecutors,
            GoalsText = s.GoalsText, ObjectivesText = s.ObjectivesText, ExpectedResults = s.ExpectedResults,
            StartYear = s.StartYear?.ToString(CultureInfo.InvariantCulture), EndYear = s.EndYear?.ToString(CultureInfo.InvariantCulture),
        }), new SubprogramRow()],
    };

    /// <summary>Replaces the plan's subprograms with the form's (in the form's order); false with messages when it cannot.</summary>
    public bool ApplyTo(ProgramPlan plan, IReadOnlySet<int> departments, FormErrors errors)
    {
        ListMoves.Apply(Rows, Move); // before reading: the messages then name the rows as the page shows them after the move
        var existing = plan.Subprograms.ToDictionary(s => s.Key);
        var result = new List<PlanSubprogram>();
        for (var k = 0; k < Rows.Count; k++)
        {
            var row = Rows[k];
            var prefix = $"Rows[{k}].";
            if (row.Key == 0 && row.IsBlank) continue;
            if (row.Key != 0 && !existing.ContainsKey(row.Key)) { errors.Add("", "Список подпрограмм изменился: откройте страницу заново."); continue; }
            if (row.Remove)
            {
                if (row.Key != 0 && References.ToSubprogram(plan, row.Key) is { } used) errors.Add(prefix + "Remove", $"Подпрограмму нельзя удалить: к ней относятся {used}. Сначала измените их.");
                continue;
            }
            var s = new PlanSubprogram
            {
                Key = row.Key,
                Code = errors.Text(row.Code, FieldLimits.ItemCode, prefix + "Code", "Укажите код подпрограммы.") ?? "",
                Name = errors.Text(row.Name, FieldLimits.ItemName, prefix + "Name", "Укажите наименование подпрограммы.") ?? "",
                ResponsibleExecutorId = row.ResponsibleExecutorId,
                CoExecutors = errors.Text(row.CoExecutors, FieldLimits.ShortText, prefix + "CoExecutors"),
                GoalsText = errors.Text(row.GoalsText, FieldLimits.LongText, prefix + "GoalsText"),
                ObjectivesText = errors.Text(row.ObjectivesText, FieldLimits.LongText, prefix + "ObjectivesText"),
                ExpectedResults = errors.Text(row.ExpectedResults, FieldLimits.LongText, prefix + "ExpectedResults"),
                StartYear = errors.Year(row.StartYear, prefix + "StartYear"),
                EndYear = errors.Year(row.EndYear, prefix + "EndYear"),
            };
            if (s.StartYear is { } start && s.EndYear is { } end && end < start) errors.Add(prefix + "EndYear", "Год окончания не может быть раньше года начала.");
            if (row.ResponsibleExecutorId is { } r && !departments.Contains(r))
                errors.Add(prefix + "ResponsibleExecutorId", "Выберите ответственного исполнителя из подразделений муниципального образования.");
            result.Add(s);
        }
        errors.UniqueCodes(Rows.Select((r, k) => (r.Remove || (r.Key == 0 && r.IsBlank) ? null : r.Code, $"Rows[{k}].Code")), "подпрограммы");
        if (errors.Any) return false;
        foreach (var s in result.Where(s => s.Key == 0)) s.Key = plan.NewKey();
        // A subprogram the form did not post (another user's new row) is kept, at the end.
        var posted = Rows.Select(r => r.Key).ToHashSet();
        result.AddRange(plan.Subprograms.Where(s => !posted.Contains(s.Key)));
        plan.Subprograms = result;
        return true;
    }
}

public sealed class SubprogramRow
{
    public int Key { get; set; }
    public bool Remove { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public int? ResponsibleExecutorId { get; set; }
    public string? CoExecutors { get; set; }
    public string? GoalsText { get; set; }
    public string? ObjectivesText { get; set; }
    public string? ExpectedResults { get; set; }
    public string? StartYear { get; set; }
    public string? EndYear { get; set; }

    public bool IsBlank => new[] { Code, Name, CoExecutors, GoalsText, ObjectivesText, ExpectedResults, StartYear, EndYear }.All(string.IsNullOrWhiteSpace)
                           && ResponsibleExecutorId is null;
}
