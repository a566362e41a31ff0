using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Municipalities;

/// <summary>Муниципальное образование: the owner of programs and of their settings.</summary>
public class Municipality
{
    public const int CodeMaxLength = 50;
    public const int NameMaxLength = 500;
    public const int RegionMaxLength = 200;
    /// <summary>Where a municipality's times are shown unless it says otherwise (IANA id).</summary>
    public const string DefaultTimeZone = "Europe/Moscow";

    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Region { get; set; }
    public MoneyUnit MoneyUnit { get; set; } = MoneyUnit.Rubles;
    public BudgetNames BudgetNames { get; set; } = new();
    /// <summary>IANA time zone (e.g. «Asia/Tomsk»): audit and workflow times are shown in it.</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZone;
    /// <summary>Глава (глава администрации): signs the approving acts and the consolidated report.</summary>
    public Signatory Head { get; set; } = new();
    /// <summary>Начальник финансово-экономического управления.</summary>
    public Signatory FinanceHead { get; set; } = new();
    /// <summary>When its reports are due and which interim periods it monitors.</summary>
    public ReportingCampaign Campaign { get; set; } = new();
    public List<Department> Departments { get; set; } = [];
    /// <summary>Its methodology settings, one version per change, each in effect from a reporting year.</summary>
    public List<MethodologyVersion> MethodologyVersions { get; set; } = [];
}
