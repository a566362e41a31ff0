using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Tests.Browser;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Reports;

namespace MunicipalPrograms.Web.Tests.Accounts;

/// <summary>
/// Issue 13, «sign-in that survives»: the data-protection keys are in PostgreSQL, so a user signed in on one portal
/// process works on another one over the same database — the cookie and the form's token both. A restarted instance is
/// the same case: it reads the keys back from the database as the second instance does.
/// </summary>
public sealed class KeyRingTests : IAsyncLifetime
{
    private static readonly DateOnly Today = PortalFactory.CampaignDay;
    private readonly string _database = TestDatabase.NewName(nameof(KeyRingTests));

    public Task InitializeAsync() => TestDatabase.CreateFromTemplateAsync(_database);

    private readonly DirectoryInfo _machines = Directory.CreateTempSubdirectory("mp-keyring-");

    public async Task DisposeAsync()
    {
        await TestDatabase.DropAsync(_database);
        _machines.Delete(recursive: true);
    }

    [Fact]
    public async Task A_user_signed_in_on_one_instance_saves_a_report_on_another()
    {
        // No key yet, as on a new installation: both instances start at once and each may make its own first key.
        await TestDatabase.ExecuteAsync("DELETE FROM data_protection_keys", _database);
        var starting = new[] { Start("first"), Start("second") };
        await using var first = await starting[0];
        await using var second = await starting[1];
        (await KeyCountAsync()).Should().BeGreaterThan(0, "the keys are stored in the database, not in a folder of one machine");

        var cookies = new CookieContainer(); // one browser: 127.0.0.1 on either port is one site for cookies
        using var onFirst = Client(first, cookies);
        using var onSecond = Client(second, cookies);
        var signIn = await onFirst.PostFormAsync("/Account/Login", await onFirst.GetStringAsync("/Account/Login"),
            new() { ["UserName"] = "kozh.admin", ["Password"] = MunicipalPrograms.Web.Identity.DemoAccounts.Password });
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);

        // The form is opened on the first instance (its antiforgery token) and saved through the second.
        var id = await ReportPages.KozhevnikovoIdAsync(Db());
        var opened = await onFirst.GetAsync(ReportPages.Edit(id, 2022));
        opened.StatusCode.Should().Be(HttpStatusCode.OK);
        var form = HtmlForm.Parse(await opened.Content.ReadAsStringAsync(), "report-form").Set("Indicators[0].Actual", "57,25");
        var saved = await onSecond.PostAsync(ReportPages.Edit(id, 2022), form.Content());

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, "the second instance read the first one's cookie and token");
        saved.Headers.Location!.PathAndQueryOf().Should().StartWith($"/Reports/Edit/{id}");
        (await ReportPages.ActualsAsync(Db(), id, 2022))[0].Should().Be(57.25m);
    }

    /// <summary>
    /// Each instance as if on its own machine: its own home folder, where ASP.NET Core would otherwise keep its keys
    /// (~/.aspnet/DataProtection-Keys), so only the database can carry a key from one instance to the other.
    /// </summary>
    private Task<PortalProcess> Start(string machine) => PortalProcess.AttachAsync(_database, Today,
        new Dictionary<string, string> { ["HOME"] = _machines.CreateSubdirectory(machine).FullName });

    private static HttpClient Client(PortalProcess portal, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(portal.BaseUrl), Timeout = TimeSpan.FromSeconds(120),
        };

    private AppDbContext Db() => TestDatabase.Context(_database);

    private async Task<int> KeyCountAsync()
    {
        await using var db = Db();
        return await db.DataProtectionKeys.CountAsync();
    }
}
