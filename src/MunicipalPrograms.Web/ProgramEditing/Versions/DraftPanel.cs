using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Web.ProgramEditing.Versions;

/// <summary>The approving act as typed in the approval form (kept as typed when refused).</summary>
public sealed class ActForm
{
    public string? Kind { get; set; } = "Постановление";
    public string? Issuer { get; set; }
    public string? Date { get; set; }
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    /// <summary>Blank: the act's date.</summary>
    public string? EffectiveFrom { get; set; }
}

/// <summary>
/// The program's draft and lifecycle as the program page shows them: kind and status of the draft, and the actions
/// this user may take now. Errors are keyed by field ("Act.Date", "reason", …; "" for the panel).
/// </summary>
public sealed class DraftPanel
{
    public required int ProgramId { get; init; }
    public required string ProgramName { get; init; }
    public required ProgramStatus ProgramStatus { get; init; }
    public required int VersionCount { get; init; }
    public ProgramDraft? Draft { get; init; }
    /// <summary>The responsible executor (or an administrator): edits the program's drafts.</summary>
    public bool IsEditor { get; init; }
    /// <summary>The finance department (or an administrator): reviews drafts.</summary>
    public bool IsReviewer { get; init; }
    public bool CanOpen { get; init; }
    public bool CanEdit { get; init; }
    public bool CanSend { get; init; }
    public bool CanReturn { get; init; }
    public bool CanAgree { get; init; }
    public bool CanApprove { get; init; }
    public bool CanEnd { get; init; }
    public ActForm Act { get; set; } = new();
    public string? ReturnReason { get; set; }
    public string? TerminateReason { get; set; }
    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    public IEnumerable<string> PanelErrors => Errors.Where(e => !IsFieldKey(e.Key)).Select(e => e.Value);

    private static bool IsFieldKey(string key) => key.StartsWith("Act.", StringComparison.Ordinal) || key is "EffectiveFrom" or "reason" or "terminateReason";

    public bool HasAnything => Draft is not null || CanOpen || CanEnd || VersionCount > 0;
}
