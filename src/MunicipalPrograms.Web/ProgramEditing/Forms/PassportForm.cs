using System.Globalization;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// The passport (Appendix 1) and the text sections of 2.1 as the form posts them: years as typed text, the expected
/// results one per line. <see cref="Read"/> gives the passport of the plan, or null with messages in <see cref="FormErrors"/>.
/// </summary>
public sealed class PassportForm
{
    /// <summary>The draft's version (xmin) when the user opened the page.</summary>
    public uint Version { get; set; }
    public string? Name { get; set; }
    public string? RegistryCode { get; set; }
    public string? StartYear { get; set; }
    public string? EndYear { get; set; }
    public int ResponsibleExecutorId { get; set; }
    public List<int> CoExecutorIds { get; set; } = [];
    public string? Curator { get; set; }
    public string? Customer { get; set; }
    public string? SocioEconomicGoal { get; set; }
    public string? CurrentState { get; set; }
    public string? Risks { get; set; }
    public string? Management { get; set; }
    public string? Stages { get; set; }
    /// <summary>One result per line.</summary>
    public string? ExpectedResults { get; set; }

    public static PassportForm From(PlanPassport p, uint version) => new()
    {
        Version = version, Name = p.Name, RegistryCode = p.RegistryCode, StartYear = Year(p.StartYear), EndYear = Year(p.EndYear),
        ResponsibleExecutorId = p.ResponsibleExecutorId, CoExecutorIds = [.. p.CoExecutorIds], Curator = p.Curator, Customer = p.Customer,
        SocioEconomicGoal = p.SocioEconomicGoal, CurrentState = p.CurrentState, Risks = p.Risks, Management = p.Management, Stages = p.Stages,
        ExpectedResults = string.Join("\n", p.ExpectedResults),
    };

    /// <param name="departments">The departments of the program's municipality: the only executors allowed.</param>
    /// <param name="approvedEndYear">The end of the редакция in force (none for an initial project): rule 1.8's extension limit.</param>
    public PlanPassport? Read(IReadOnlySet<int> departments, int? approvedEndYear, FormErrors errors)
    {
        var p = new PlanPassport
        {
            Name = errors.Text(Name, FieldLimits.ProgramName, nameof(Name), "Укажите наименование программы.") ?? "",
            RegistryCode = errors.Text(RegistryCode, FieldLimits.RegistryCode, nameof(RegistryCode), "Укажите код программы в перечне.") ?? "",
            StartYear = errors.Year(StartYear, nameof(StartYear), "Укажите год начала реализации (четыре цифры).") ?? 0,
            EndYear = errors.Year(EndYear, nameof(EndYear), "Укажите год окончания реализации (четыре цифры)."),
            ResponsibleExecutorId = ResponsibleExecutorId,
            CoExecutorIds = CoExecutorIds.Where(id => id != ResponsibleExecutorId).Distinct().Order().ToList(),
            Curator = errors.Text(Curator, FieldLimits.ShortText, nameof(Curator)),
            Customer = errors.Text(Customer, FieldLimits.ShortText, nameof(Customer)),
            SocioEconomicGoal = errors.Text(SocioEconomicGoal, FieldLimits.LongText, nameof(SocioEconomicGoal)),
            CurrentState = errors.Text(CurrentState, FieldLimits.LongText, nameof(CurrentState)),
            Risks = errors.Text(Risks, FieldLimits.LongText, nameof(Risks)),
            Management = errors.Text(Management, FieldLimits.LongText, nameof(Management)),
            Stages = errors.Text(Stages, FieldLimits.ShortText, nameof(Stages)),
            ExpectedResults = Lines(ExpectedResults),
        };
        if (errors[nameof(StartYear)] is null && errors[nameof(EndYear)] is null)
            foreach (var m in PlanRules.Period(p.StartYear, p.EndYear, approvedEndYear).Where(m => !m.IsWarning)) errors.Add(m.Field, m.Message);
        if (!departments.Contains(ResponsibleExecutorId)) errors.Add(nameof(ResponsibleExecutorId), "Выберите ответственного исполнителя из подразделений муниципального образования.");
        if (CoExecutorIds.Any(id => !departments.Contains(id))) errors.Add(nameof(CoExecutorIds), "Соисполнители выбираются из подразделений муниципального образования.");
        var tooLong = p.ExpectedResults.FindIndex(r => r.Length > FieldLimits.ItemName);
        if (tooLong >= 0) errors.Add(nameof(ExpectedResults), $"Результат в строке {tooLong + 1} слишком длинный: не более {FieldLimits.ItemName} символов.");
        return errors.Any ? null : p;
    }

    /// <summary>Non-empty lines, trimmed.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "";
}
