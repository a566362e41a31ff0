using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>A department of the program's municipality, as the executor choices list it.</summary>
public sealed record DraftDepartment(int Id, string Name, string ShortName);

/// <summary>
/// What every draft screen shows around its form: the program, its open draft (null when none is open) with the plan,
/// the municipality's departments, the approved end of the редакция in force, and whether this user may edit.
/// </summary>
public sealed class DraftPage
{
    public required int ProgramId { get; init; }
    public required string ProgramName { get; init; }
    public required string RegistryCode { get; init; }
    public required ProgramDraft? Draft { get; init; }
    public required ProgramPlan Plan { get; init; }
    public required IReadOnlyList<DraftDepartment> Departments { get; init; }
    /// <summary>The end year of the latest редакция (rule 1.8's extension limit); null for an initial project.</summary>
    public required int? ApprovedEndYear { get; init; }
    /// <summary>The municipality's names of the budgets (funding sources) and its money unit, as its forms print them.</summary>
    public BudgetNames BudgetNames { get; init; } = new();
    public MoneyUnit MoneyUnit { get; init; }
    /// <summary>The user prepares this program's drafts (responsible executor or administrator).</summary>
    public required bool UserMayEdit { get; init; }

    /// <summary>What this user may change in the draft (a co-executor: its own activities); none without a draft.</summary>
    public DraftRights Rights { get; init; } = DraftRights.None;

    /// <summary>Inputs are enabled: the user may edit and the draft is being edited or was returned.</summary>
    public bool Editable => UserMayEdit && Draft is { IsEditable: true };

    /// <summary>The activity's form is enabled (for a co-executor: its own activity, with its code, place and executors locked).</summary>
    public bool ActivityEditable(int key) => Draft is { IsEditable: true } && Rights.CanEditActivity(key);

    public uint Version => Draft?.Version ?? 0;

    public IReadOnlySet<int> DepartmentIds => Departments.Select(d => d.Id).ToHashSet();

    public string DepartmentName(int? id) => Departments.FirstOrDefault(d => d.Id == id)?.Name ?? "";

    public string DepartmentShortName(int id) => Departments.FirstOrDefault(d => d.Id == id)?.ShortName ?? "";

    /// <summary>«Проект программы» or «Проект изменений».</summary>
    public string Title => PlanCaptions.Of(Draft?.Kind ?? DraftKind.Amendment);
}

/// <summary>A draft screen's page and its form (as stored, or as the user typed it when it was refused).</summary>
public sealed record DraftFormPage<TForm>(DraftPage Page, TForm Form);

/// <summary>The draft's start page: its sections and what the draft changed in each against the редакция in force.</summary>
public sealed record DraftIndex(DraftPage Page, PlanDiff? Changes)
{
    public int ChangesIn(params PlanArea[] areas) => Changes?.Changes.Count(c => areas.Contains(c.Area)) ?? 0;
}
