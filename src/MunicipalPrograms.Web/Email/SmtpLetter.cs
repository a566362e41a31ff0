using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MunicipalPrograms.Domain.Notifications;

namespace MunicipalPrograms.Web.Email;

/// <summary>An outbox row as a MIME message, and the SMTP connection the settings describe.</summary>
public static class SmtpLetter
{
    /// <summary>
    /// The letter: UTF-8 Russian subject, plain text with an HTML alternative, and a Message-Id made of the outbox id and
    /// the portal's host, the same on every attempt, so a letter that did arrive twice would be recognizable as one.
    /// </summary>
    public static MimeMessage Build(OutboxEmail letter, SmtpOptions smtp, string host, string instance)
    {
        var message = new MimeMessage { Subject = letter.Subject, MessageId = MessageId(letter.Id, host), Date = letter.CreatedAt };
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(MailboxAddress.Parse(letter.ToAddress));
        message.Headers.Add("X-Portal-Outbox-Id", letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Which portal instance sent it (machine/process/GUID), for tracing a letter across several instances.
        message.Headers.Add("X-Portal-Instance", instance);
        message.Body = new BodyBuilder
        {
            TextBody = letter.TextBody,
            HtmlBody = $"<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(letter.Subject)}</title></head><body>{letter.HtmlBody}</body></html>",
        }.ToMessageBody();
        return message;
    }

    public static string MessageId(long outboxId, string host) => $"outbox-{outboxId}@{host}";

    /// <summary>The host part of Message-Ids: the public base URL's host, else a fixed local name.</summary>
    public static string HostOf(string? publicBaseUrl) =>
        Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : "municipal-programs.local";

    public static async Task ConnectAsync(SmtpClient client, SmtpOptions smtp, CancellationToken ct)
    {
        client.Timeout = smtp.TimeoutSeconds * 1000;
        var security = smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.ResolvePassword() ?? "", ct);
    }

    /// <summary>What the administrator is shown of a failure: the server's reply with its code, or what went wrong on the way.</summary>
    public static string Answer(Exception e) => e switch
    {
        SmtpCommandException c => $"{(int)c.StatusCode} {c.Message}".Trim(),
        SmtpProtocolException p => "Ошибка протокола SMTP: " + p.Message,
        AuthenticationException a => "Сервер не принял учетные данные: " + a.Message,
        ServiceNotConnectedException => "Соединение с SMTP-сервером потеряно",
        System.Net.Sockets.SocketException s => $"Нет соединения с SMTP-сервером ({s.SocketErrorCode}): {s.Message}",
        ParseException => "Неверный адрес получателя",
        _ => e.GetType().Name + ": " + e.Message,
    };
}
