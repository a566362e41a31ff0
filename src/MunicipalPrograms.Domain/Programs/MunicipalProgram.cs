using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Domain.Programs;

/// <summary>
/// Муниципальная программа (glossary: Program). Named MunicipalProgram because ASP.NET Core's
/// entry point is already a class called Program.
/// </summary>
public class MunicipalProgram
{
    public const int RegistryCodeMaxLength = 50;
    public const int NameMaxLength = 1000;

    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public string RegistryCode { get; set; } = "";
    public string Name { get; set; } = "";
    public int StartYear { get; set; }
    public int? EndYear { get; set; }
    public ProgramStatus Status { get; set; } = ProgramStatus.Draft;
    public LegalAct ApprovingAct { get; set; } = new();
    /// <summary>The current редакция; every amendment raises it (future: a stored version per revision).</summary>
    public int Revision { get; set; } = 1;

    public int ResponsibleExecutorId { get; set; }
    public Department? ResponsibleExecutor { get; set; }
    public List<ProgramCoExecutor> CoExecutors { get; set; } = [];
    public string? Curator { get; set; }
    public string? Customer { get; set; }
    public string? SocioEconomicGoal { get; set; }

    // Text sections of Procedure 2.1.
    public string? CurrentState { get; set; }
    public string? Risks { get; set; }
    public string? Management { get; set; }
    public string? Stages { get; set; }
    public List<string> ExpectedResults { get; set; } = [];

    public List<Goal> Goals { get; set; } = [];
    public List<Subprogram> Subprograms { get; set; } = [];
    public List<Activity> Activities { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
    public List<FundingLine> FundingLines { get; set; } = [];
    public List<Amendment> Amendments { get; set; } = [];
    public List<CapitalConstructionObject> CapitalObjects { get; set; } = [];
    public List<ResourceNeed> ResourceNeeds { get; set; } = [];
    public List<ProgressReport> Reports { get; set; } = [];

    /// <summary>«2021–2026 годы», or «с 2024 года» when the end is open.</summary>
    public string PeriodCaption() => EndYear is { } end ? $"{StartYear}–{end} годы" : $"с {StartYear} года";
}
