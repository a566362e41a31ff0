using System.Text.RegularExpressions;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>
/// The accessible names of the report page's inputs: each names its column and its row («Факт, показатель 1.2»),
/// so that no two inputs sound alike to a screen reader and the error summary can name the field as the page does.
/// </summary>
public static partial class Labels
{
    public static string CodeOf(Activity a) => a.StructureCode ?? a.Code;

    public static string Indicator(string part, string code) => part switch
    {
        "Actual" => $"Факт, показатель {code}",
        "NotMeasured" => $"Не измерялся, показатель {code}",
        "DeviationReason" => $"Обоснование отклонения, показатель {code}",
        "Weight" => $"Вес, показатель {code}",
        _ => $"Показатель {code}",
    };

    public static string Activity(string part, string code) => part switch
    {
        "Completed" => $"Выполнено, мероприятие {code}",
        "ActualCompletion" => $"Дата выполнения, мероприятие {code}",
        "Done" => $"Что сделано, мероприятие {code}",
        "NotDoneReason" => $"Причины невыполнения, мероприятие {code}",
        "Problems" => $"Проблемы, мероприятие {code}",
        _ => $"Мероприятие {code}",
    };

    public static string Funding(string code, string budget) => $"Кассовое исполнение, мероприятие {code}, {budget}";

    public static string TargetGroup(string part, int k) => part switch
    {
        "Name" => $"Целевая группа {k + 1}: название",
        "Covered" => $"Целевая группа {k + 1}: охвачено",
        _ => $"Целевая группа {k + 1}: всего",
    };

    /// <summary>The fields of section 4 by their posted names.</summary>
    public static string Text(string field)
    {
        var m = TargetGroupField().Match(field);
        if (m.Success) return TargetGroup(m.Groups[2].Value, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return field switch
        {
            "WeightMode" => "Веса показателей",
            "Texts.EffectDescription" => "Описание бюджетного или социального эффекта",
            "Texts.Narrative" => "Пояснительная информация",
            "Texts.SignatoryPosition" => "Подписант: должность",
            "Texts.SignatoryName" => "Подписант: ФИО",
            "Texts.ContactName" => "Исполнитель: ФИО",
            "Texts.ContactPhone" => "Телефон",
            _ => "Поле отчета",
        };
    }

    [GeneratedRegex(@"^Texts\.TargetGroups\[(\d+)\]\.(\w+)$")]
    private static partial Regex TargetGroupField();
}
