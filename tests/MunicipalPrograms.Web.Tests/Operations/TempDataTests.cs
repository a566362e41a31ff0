using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>
/// Issue 13, «no user text in cookies»: the notice after a redirect is kept in the database and the cookie carries a
/// random key only — a 25 000-character text no longer grows a cookie past what servers accept (every later request
/// answered 431), and the notice is shown once.
/// </summary>
public sealed class TempDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void A_long_text_stays_in_the_database_and_the_cookie_holds_a_key_only()
    {
        var longText = new string('я', 25_000);
        using var scope = portal.Services.CreateScope();
        var provider = scope.ServiceProvider.GetRequiredService<ITempDataProvider>();
        var writing = new DefaultHttpContext { RequestServices = scope.ServiceProvider };

        provider.SaveTempData(writing, new Dictionary<string, object> { ["Error"] = longText });

        var setCookie = writing.Response.Headers.SetCookie.ToString();
        setCookie.Length.Should().BeLessThan(200, "the cookie carries a 43-character key, never the text");
        setCookie.Should().StartWith(DatabaseTempDataProvider.CookieName + "=").And.Contain("httponly").And.Contain("samesite=lax");
        var key = setCookie[(DatabaseTempDataProvider.CookieName.Length + 1)..setCookie.IndexOf(';')];
        key.Should().HaveLength(43);

        var reading = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        reading.Request.Headers.Cookie = $"{DatabaseTempDataProvider.CookieName}={key}";
        provider.LoadTempData(reading)["Error"].Should().Be(longText);
        var again = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        again.Request.Headers.Cookie = $"{DatabaseTempDataProvider.CookieName}={key}";
        provider.LoadTempData(again).Should().BeEmpty("a notice is read once");
    }

    [Fact]
    public async Task A_saved_report_shows_its_notice_once_and_no_cookie_carries_its_words()
    {
        var client = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var id = await ReportPages.KozhevnikovoIdAsync(portal);
        var (_, form) = await ReportPages.OpenAsync(client, id, 2023);

        var saved = await ReportPages.SaveAsync(client, id, 2023, form.Set("Indicators[0].Actual", "77"));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookies = saved.Headers.GetValues("Set-Cookie").ToList();
        cookies.Should().ContainSingle(c => c.StartsWith(DatabaseTempDataProvider.CookieName + "=", StringComparison.Ordinal));
        cookies.Should().NotContain(c => c.Contains("TempData", StringComparison.Ordinal) || c.Contains("%D0", StringComparison.Ordinal),
            "no Russian text (URL-encoded Cyrillic starts with %D0/%D1) and no framework TempData cookie");
        (await client.GetDecodedAsync(ReportPages.Edit(id, 2023))).Should().Contain("id=\"notice\">Сохранено. Изменено значений: 1.");
        (await client.GetDecodedAsync(ReportPages.Edit(id, 2023))).Should().NotContain("id=\"notice\"", "the notice was shown once");
        await using var db = portal.CreateDbContext();
        (await db.TempData.CountAsync()).Should().Be(0, "a notice read is deleted");
    }
}
