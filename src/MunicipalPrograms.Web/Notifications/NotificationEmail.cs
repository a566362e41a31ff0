using MunicipalPrograms.Domain.Common;
using System.Net;
using MunicipalPrograms.Domain.Notifications;

namespace MunicipalPrograms.Web.Notifications;

/// <summary>A notification (or a day's notifications) as a letter: a Russian subject, plain text and HTML with the link.</summary>
public static class NotificationEmail
{
    private const string Signature = "Портал муниципальных программ. Письмо отправлено автоматически; настроить рассылку можно на странице «Уведомления».";

    public static OutboxEmail For(Notification n, string address, string? baseUrl, DateTimeOffset now)
    {
        var link = Absolute(baseUrl, n.Link);
        var title = NotificationText.Title(n);
        var body = NotificationText.Body(n);
        return new OutboxEmail
        {
            ToAddress = address, ToUserId = n.UserId, Subject = TextLength.Cut(title, OutboxEmail.SubjectMaxLength), CreatedAt = now, NextAttemptAt = now,
            TextBody = $"{body}\n\nОткрыть: {link}\n\n-- \n{Signature}\n",
            HtmlBody = $"<p>{Html(body)}</p><p><a href=\"{Html(link)}\">Открыть в портале</a></p><hr><p style=\"color:#555;font-size:small\">{Html(Signature)}</p>",
        };
    }

    /// <summary>One letter with a day's notifications, newest first.</summary>
    public static OutboxEmail Digest(IReadOnlyList<Notification> day, string address, string userId, string? baseUrl, DateTimeOffset now)
    {
        var lines = day.Select(n => (Title: NotificationText.Title(n), Body: NotificationText.Body(n), Link: Absolute(baseUrl, n.Link))).ToList();
        return new OutboxEmail
        {
            ToAddress = address, ToUserId = userId, CreatedAt = now, NextAttemptAt = now,
            Subject = $"Уведомления портала муниципальных программ: {day.Count}",
            TextBody = string.Join("\n\n", lines.Select(l => $"{l.Title}\n{l.Body}\n{l.Link}")) + $"\n\n-- \n{Signature}\n",
            HtmlBody = "<ul>" + string.Concat(lines.Select(l => $"<li><p><strong>{Html(l.Title)}</strong><br>{Html(l.Body)}<br><a href=\"{Html(l.Link)}\">Открыть</a></p></li>"))
                       + $"</ul><hr><p style=\"color:#555;font-size:small\">{Html(Signature)}</p>",
        };
    }

    /// <summary>The portal's public address (Portal:PublicBaseUrl) before the path; without it the path alone.</summary>
    public static string Absolute(string? baseUrl, string path) =>
        string.IsNullOrWhiteSpace(baseUrl) ? path : baseUrl.TrimEnd('/') + path;

    private static string Html(string text) => WebUtility.HtmlEncode(text);}
