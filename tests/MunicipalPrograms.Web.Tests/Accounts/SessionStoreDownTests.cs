using System.Net;
using Microsoft.AspNetCore.Hosting;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Accounts;

/// <summary>
/// The session check reads the database on every request; when the database is gone a signed-in user gets a Russian
/// 503 page, never a stack trace, and is still signed in when it is back. Its own class: it shuts its database off.
/// </summary>
public sealed class SessionStoreDownTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_signed_in_user_gets_a_russian_503_while_the_database_is_down_and_goes_on_after()
    {
        await using var uncached = await portal.VariantAsync(b => b.UseSetting("Sessions:CacheSeconds", "0"));
        var browser = await Browsers.SignedInAsync(uncached, "viewer");
        (await browser.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.OK);

        await TestDatabase.ExecuteAsync($"ALTER DATABASE \"{portal.DatabaseName}\" WITH ALLOW_CONNECTIONS false");
        try
        {
            await TestDatabase.ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{portal.DatabaseName}'");
            var down = await browser.Client.GetAsync("/Programs");
            down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            down.Headers.RetryAfter.Should().NotBeNull();
            var page = await down.Content.ReadAsStringAsync();
            page.Should().Contain("временно недоступен").And.NotContain("Exception").And.NotContain(" at ");
        }
        finally
        {
            await TestDatabase.ExecuteAsync($"ALTER DATABASE \"{portal.DatabaseName}\" WITH ALLOW_CONNECTIONS true");
        }
        (await browser.Client.GetAsync("/Programs")).StatusCode.Should().Be(HttpStatusCode.OK, "the cookie was kept: the session goes on");
    }
}
