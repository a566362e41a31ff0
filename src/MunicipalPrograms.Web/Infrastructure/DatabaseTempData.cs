using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.ViewFeatures.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;
using Npgsql;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>One set of one-time notices (TempData) waiting for the page after a redirect.</summary>
public sealed class TempDataEntry
{
    public string Key { get; set; } = "";
    public byte[] Payload { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// TempData — the notice a page shows once after a redirect («Сохранено», a refusal, a warning quoting a typed name) —
/// kept in PostgreSQL, the cookie holding only a random key. The framework's cookie provider put the whole text into a
/// cookie: a 25 000-character reason grew it past what servers accept, and every later request of that user answered
/// 431 until the cookies were cleared (issue 13). No user text reaches a cookie now, and every portal instance reads
/// the notice another one wrote. Read once (deleted as it is read); left-overs older than a day are removed on write.
/// </summary>
public sealed partial class DatabaseTempDataProvider(TempDataSerializer serializer, TimeProvider clock, ILogger<DatabaseTempDataProvider> log)
    : ITempDataProvider
{
    public const string CookieName = "mp.notice";
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex KeyPattern();

    public IDictionary<string, object> LoadTempData(HttpContext context)
    {
        if (context.Request.Cookies[CookieName] is not { } key || !KeyPattern().IsMatch(key)) return new Dictionary<string, object>();
        context.Response.Cookies.Delete(CookieName, Options(context));
        try
        {
            // TempData is synchronous in MVC: one short statement, and only on a request that carries the cookie.
            var payload = Db(context).Database
                .SqlQuery<byte[]>($"DELETE FROM temp_data WHERE key = {key} RETURNING payload AS \"Value\"").AsEnumerable().FirstOrDefault();
            return payload is null ? new Dictionary<string, object>() : serializer.Deserialize(payload);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            log.LogWarning("The notice after a redirect could not be read: {Message}", e.Message);
            return new Dictionary<string, object>();
        }
    }

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0) return;
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        try
        {
            var db = Db(context).Database;
            var now = clock.GetUtcNow();
            db.ExecuteSql($"DELETE FROM temp_data WHERE created_at < {now - KeptFor}");
            db.ExecuteSql($"INSERT INTO temp_data (key, payload, created_at) VALUES ({key}, {serializer.Serialize(values)}, {now})");
            context.Response.Cookies.Append(CookieName, key, Options(context));
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            log.LogWarning("The notice after a redirect could not be kept: {Message}", e.Message); // the page just shows none
        }
    }

    private static AppDbContext Db(HttpContext context) => context.RequestServices.GetRequiredService<AppDbContext>();

    private static CookieOptions Options(HttpContext context) =>
        new() { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, Path = "/", IsEssential = true };
}
