using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Plans;

/// <summary>
/// Редакция: the plan of a program as approved by one legal act, in force from <see cref="EffectiveFrom"/> until the
/// next редакция. Kept forever: a program is read as of any date from these, and any two are compared.
/// </summary>
public class ProgramVersion
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    /// <summary>1 for the approved program, then one more for each amendment.</summary>
    public int Number { get; set; }
    public LegalAct Act { get; set; } = new();
    public string? Summary { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateTimeOffset ApprovedAt { get; set; }
    public string ApprovedBy { get; set; } = "";
    /// <summary>The plan as JSON (<see cref="ProgramPlanJson"/>): a snapshot, never changed after approval.</summary>
    public string PlanJson { get; set; } = "{}";

    public ProgramPlan Plan() => ProgramPlanJson.Read(PlanJson);

    /// <summary>The редакция in force on a day: the latest one effective by then (null before the first).</summary>
    public static ProgramVersion? InForceOn(IEnumerable<ProgramVersion> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day).OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Number).FirstOrDefault();
}
