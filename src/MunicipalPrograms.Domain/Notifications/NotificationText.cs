using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Notifications;

/// <summary>
/// The words of a notification, in the bell's list and in the e-mail: a short title that names the action, the program
/// and the period, and a sentence or two with the details. One place, so the page and the letter say the same thing.
/// </summary>
public static class NotificationText
{
    public static string Title(Notification n)
    {
        var what = n.Kind switch
        {
            NotificationKind.ReportSubmitted => "Отчет представлен на проверку",
            NotificationKind.ReportReturned => "Отчет возвращен на доработку",
            NotificationKind.ReportAccepted => "Отчет принят",
            NotificationKind.ReportReopened => "Отчет открыт для изменений",
            NotificationKind.DeadlineExtended => "Срок представления отчета продлен",
            NotificationKind.DeadlineReminder => "Напоминание о сроке отчета",
            NotificationKind.ReportOverdue => "Отчет просрочен",
            NotificationKind.DraftSent => "Проект программы направлен на согласование",
            NotificationKind.DraftReturned => "Проект программы возвращен на доработку",
            NotificationKind.DraftAgreed => "Проект программы согласован",
            NotificationKind.DraftApproved => "Программа утверждена",
            NotificationKind.AccountCreated => "Для вас создана учетная запись",
            NotificationKind.PasswordReset => "Ваш пароль сброшен",
            _ => n.Kind.ToString(),
        };
        var parts = new List<string> { what };
        if (n.ProgramCode is { Length: > 0 } code) parts.Add(code);
        if (n.ReportingPeriod is { } p) parts.Add(p.Caption());
        return string.Join(" · ", parts);
    }

    public static string Body(Notification n)
    {
        var program = n.ProgramName is { Length: > 0 } name ? $"«{name}»" : "";
        var period = n.ReportingPeriod is { } p ? $" за {p.Caption()}" : "";
        var by = n.Actor is { Length: > 0 } a ? $" ({a})" : "";
        var text = n.Kind switch
        {
            NotificationKind.ReportSubmitted => $"Отчет{period} по программе {program} представлен на проверку{by}.",
            NotificationKind.ReportReturned => $"Отчет{period} по программе {program} возвращен на доработку{by}.",
            NotificationKind.ReportAccepted => $"Отчет{period} по программе {program} принят{by}.",
            NotificationKind.ReportReopened => $"Принятый отчет{period} по программе {program} открыт для изменений{by}.",
            NotificationKind.DeadlineExtended => $"Срок представления отчета{period} по программе {program} продлен{by}.",
            NotificationKind.DeadlineReminder => $"Отчет{period} по программе {program} еще не представлен.",
            NotificationKind.ReportOverdue => $"Срок представления отчета{period} по программе {program} истек, а отчет не представлен.",
            NotificationKind.DraftSent => $"Проект программы {program} направлен на согласование{by}.",
            NotificationKind.DraftReturned => $"Проект программы {program} возвращен на доработку{by}.",
            NotificationKind.DraftAgreed => $"Проект программы {program} согласован{by}.",
            NotificationKind.DraftApproved => $"Программа {program} утверждена{by}: действует новая редакция.",
            NotificationKind.AccountCreated => "Администратор создал для вас учетную запись портала муниципальных программ. Пароль для первого входа сообщит администратор; при входе портал попросит его сменить.",
            NotificationKind.PasswordReset => "Администратор сбросил ваш пароль. Новый пароль для входа сообщит администратор; при входе портал попросит его сменить.",
            _ => "",
        };
        return n.Note is { Length: > 0 } note ? text + " " + NoteLead(n.Kind) + note : text;
    }

    private static string NoteLead(NotificationKind kind) => kind switch
    {
        NotificationKind.ReportReturned or NotificationKind.DraftReturned or NotificationKind.ReportReopened => "Причина: ",
        NotificationKind.DeadlineExtended => "Новый срок и основание: ",
        _ => "",
    };
}
