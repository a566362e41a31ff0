using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Web.Presentation;

/// <summary>Russian captions of the domain's enums, as the forms and screens print them.</summary>
public static class Captions
{
    public static string Of(DepartmentKind kind) => kind switch
    {
        DepartmentKind.Administration => "администрация",
        DepartmentKind.Department => "структурное подразделение",
        DepartmentKind.Institution => "учреждение",
        DepartmentKind.Enterprise => "предприятие",
        DepartmentKind.Official => "должностное лицо",
        _ => "иное",
    };

    /// <summary>The budget level in general terms (each municipality names it in its forms: <c>BudgetNames</c>).</summary>
    public static string Of(FundingSource source) => source switch
    {
        FundingSource.Federal => "федеральный бюджет",
        FundingSource.Regional => "бюджет субъекта Российской Федерации",
        FundingSource.Local => "бюджет муниципального образования",
        FundingSource.Settlements => "бюджеты поселений",
        _ => "внебюджетные источники",
    };

    public static string Of(MoneyUnit unit) => unit == MoneyUnit.Rubles ? "рубли" : "тысячи рублей";

    public static string Of(ProgramStatus s) => s switch
    {
        ProgramStatus.Draft => "Проект",
        ProgramStatus.Approved => "Утверждена",
        ProgramStatus.InForce => "Действует",
        ProgramStatus.Completed => "Завершена",
        ProgramStatus.TerminatedEarly => "Прекращена досрочно",
        _ => s.ToString(),
    };

    /// <summary>An open draft as the registry names it: the first project or an amendment, and where it is.</summary>
    public static string Of(MunicipalPrograms.Domain.Plans.DraftKind kind, MunicipalPrograms.Domain.Plans.DraftStatus status) =>
        (kind, status) switch
        {
            (MunicipalPrograms.Domain.Plans.DraftKind.Initial, MunicipalPrograms.Domain.Plans.DraftStatus.Editing) => "проект готовится",
            (MunicipalPrograms.Domain.Plans.DraftKind.Initial, MunicipalPrograms.Domain.Plans.DraftStatus.UnderReview) => "проект на согласовании",
            (MunicipalPrograms.Domain.Plans.DraftKind.Initial, MunicipalPrograms.Domain.Plans.DraftStatus.Returned) => "проект возвращен на доработку",
            (MunicipalPrograms.Domain.Plans.DraftKind.Initial, MunicipalPrograms.Domain.Plans.DraftStatus.Agreed) => "проект согласован",
            (_, MunicipalPrograms.Domain.Plans.DraftStatus.Editing) => "изменения готовятся",
            (_, MunicipalPrograms.Domain.Plans.DraftStatus.UnderReview) => "изменения на согласовании",
            (_, MunicipalPrograms.Domain.Plans.DraftStatus.Returned) => "изменения возвращены на доработку",
            _ => "изменения согласованы",
        };

    /// <summary>The workflow's own name of the status, capitalized for a badge.</summary>
    public static string Of(ReportStatus s)
    {
        var caption = MunicipalPrograms.Domain.Reports.ReportWorkflow.Caption(s);
        return char.ToUpperInvariant(caption[0]) + caption[1..];
    }

    public static string Of(WeightMode m) => m == WeightMode.Equal ? "равные (1/N)" : "заданные в отчете";

    public static string Of(MunicipalPrograms.Domain.Scoring.ZeroDenominatorRule r) =>
        r == MunicipalPrograms.Domain.Scoring.ZeroDenominatorRule.Exclude ? "исключать показатель" : "S = 1 при достижении цели, иначе 0";

    public static string Of(MunicipalPrograms.Domain.Scoring.OfficialMethodology o) =>
        o == MunicipalPrograms.Domain.Scoring.OfficialMethodology.Federal ? "методические рекомендации" : "методика Порядка (приложение 10)";

    /// <summary>«Настройки методики: действуют с 2025 года, изменены 02.03.2026 (admin)» — which settings an evaluation used.</summary>
    public static string SettingsUsed(MunicipalPrograms.Domain.Scoring.MethodologyVersion? v) => v is null
        ? "Настройки методики: по умолчанию (не изменялись)"
        : $"Настройки методики: действуют с {v.EffectiveFromYear} года, изменены {RuFormat.Date(v.ChangedAt)} ({v.ChangedBy})";

    public static string Of(Direction d) => d == Direction.Increase ? "↑ увеличение" : "↓ снижение";

    public static string Of(IndicatorKind k) => k == IndicatorKind.Output ? "непосредственный результат" : "конечный результат";

    public static string GradeBadge(MunicipalPrograms.Domain.Scoring.EfficiencyGrade g) => g switch
    {
        MunicipalPrograms.Domain.Scoring.EfficiencyGrade.High => "text-bg-success",
        MunicipalPrograms.Domain.Scoring.EfficiencyGrade.Planned => "text-bg-info",
        MunicipalPrograms.Domain.Scoring.EfficiencyGrade.Low => "text-bg-danger",
        MunicipalPrograms.Domain.Scoring.EfficiencyGrade.AboveRange => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string FederalBadge(MunicipalPrograms.Domain.Scoring.FederalGrade g) => g switch
    {
        MunicipalPrograms.Domain.Scoring.FederalGrade.High => "text-bg-success",
        MunicipalPrograms.Domain.Scoring.FederalGrade.Medium => "text-bg-info",
        MunicipalPrograms.Domain.Scoring.FederalGrade.Satisfactory => "text-bg-warning",
        MunicipalPrograms.Domain.Scoring.FederalGrade.Unsatisfactory => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string ReportStatusBadge(ReportStatus s) => s switch
    {
        ReportStatus.Draft => "text-bg-secondary",
        ReportStatus.Submitted => "text-bg-primary",
        ReportStatus.Returned => "text-bg-warning",
        ReportStatus.Accepted => "text-bg-success",
        _ => "text-bg-light",
    };
}
