using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Presentation;

/// <summary>
/// The audit log as people read it: captions for the stored field codes, Russian forms of the stored
/// invariant values. The only place that turns stored history into words.
/// </summary>
public static class AuditDisplay
{
    private static readonly Dictionary<string, string> Captions = new()
    {
        [AuditField.Actual] = "Факт", [AuditField.NotMeasured] = "Не измерялось", [AuditField.DeviationReason] = "Обоснование отклонения",
        [AuditField.CashExecution] = "Кассовое исполнение", [AuditField.Completed] = "Выполнено", [AuditField.ActualCompletion] = "Дата выполнения",
        [AuditField.Done] = "Что сделано", [AuditField.NotDoneReason] = "Причины невыполнения", [AuditField.Problems] = "Проблемы",
        [AuditField.Status] = "Статус", [AuditField.Deadline] = "Срок представления", [AuditField.WeightMode] = "Веса показателей",
        [AuditField.Weight] = "Вес", [AuditField.Narrative] = "Пояснительная информация", [AuditField.SignatoryName] = "Подписант (ФИО)",
        [AuditField.SignatoryPosition] = "Подписант (должность)", [AuditField.ContactName] = "Исполнитель (ФИО)",
        [AuditField.ContactPhone] = "Телефон исполнителя", [AuditField.HasWorkingGroup] = "Межведомственная рабочая группа",
        [AuditField.HasBudgetEffect] = "Бюджетный эффект", [AuditField.HasSocialEffect] = "Социальный эффект",
        [AuditField.EffectDescription] = "Описание эффекта", [AuditField.TargetGroups] = "Целевые группы",
        [AuditField.Created] = "Программа включена в перечень", [AuditField.LateRegistryChange] = "Изменение перечня после 15 сентября",
        [AuditField.Remark] = "Замечание ФЭУ", [AuditField.RemarkAnswer] = "Ответ на замечание", [AuditField.RemarkClosed] = "Замечание закрыто",
        [AuditField.ConclusionText] = "Заключение ФЭУ", [AuditField.Decision] = "Предлагаемое решение",
    };

    public static string FieldCaption(string field) => Captions.GetValueOrDefault(field, field);

    /// <summary>What changed: «Показатель 1.1 «…»», «Мероприятие …», «Сведения отчета», «Отчет за 2025 год».</summary>
    public static string Subject(AuditEntry e, ReportingPeriod period) => e.Subject switch
    {
        AuditSubjects.IndicatorValue or AuditSubjects.IndicatorWeight => $"Показатель {e.SubjectName}",
        AuditSubjects.FundingLine or AuditSubjects.ActivityExecution => $"Мероприятие {e.SubjectName}",
        AuditSubjects.Report when e.Field is AuditField.Status or AuditField.Deadline => $"Отчет за {period.Caption()}",
        AuditSubjects.Report => "Сведения отчета",
        AuditSubjects.Program => $"Программа {e.SubjectName}",
        AuditSubjects.Conclusion => $"Заключение за {period.Caption()}",
        _ => e.SubjectName,
    };

    public static string? Value(string field, string? stored)
    {
        if (stored is null) return null;
        return AuditField.KindOf(field) switch
        {
            AuditValueKind.Number => AuditValue.ReadNumber(stored) is { } n ? RuInput.Show(n) : stored,
            AuditValueKind.Money => AuditValue.ReadNumber(stored) is { } m ? RuInput.ShowMoney(m) : stored,
            AuditValueKind.Flag => AuditValue.ReadFlag(stored) switch { true => "да", false => "нет", null => stored },
            AuditValueKind.Date => AuditValue.ReadDate(stored) is { } d ? RuFormat.Date(d) : stored,
            AuditValueKind.ReportStatus => Enum.TryParse<ReportStatus>(stored, out var s) ? ReportWorkflow.Caption(s) : stored,
            AuditValueKind.Decision => Enum.TryParse<ProgramDecision>(stored, out var dc) ? ProgramConclusion.Caption(dc) : stored,
            AuditValueKind.WeightMode => Enum.TryParse<WeightMode>(stored, out var w) ? WeightsEditor.Caption(w) : stored,
            AuditValueKind.TargetGroups => string.Join("; ", AuditValue.ReadTargetGroups(stored)
                .Select(g => $"{g.Name}: {RuInput.Show(g.Covered)} из {RuInput.Show(g.Total)}")),
            _ => stored,
        };
    }
}
