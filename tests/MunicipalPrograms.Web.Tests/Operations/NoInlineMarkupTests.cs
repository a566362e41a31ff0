using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ProgramEditing;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>
/// The main pages of every role have nothing the Content-Security-Policy would refuse (ADR 0023): no inline script
/// or style, no style="…", no on…= handler. The page lists follow ScreenFitBrowserTests and AccessibilityTests.
/// </summary>
public sealed class NoInlineMarkupTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static async Task<List<string>> OffencesAsync(HttpClient client, params string[] urls)
    {
        var offences = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            response.IsSuccessStatusCode.Should().BeTrue($"{url} answers {response.StatusCode}");
            offences.AddRange(InlineMarkup.Find(await response.Content.ReadAsStringAsync()).Select(o => $"{url}: {o}"));
        }
        return offences;
    }

    [Fact]
    public async Task No_page_of_any_role_has_inline_script_style_or_event_handlers()
    {
        var draft = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        int municipality, department, kozh, aleksin;
        string user;
        await using (var db = portal.CreateDbContext())
        {
            kozh = draft;
            municipality = db.Programs.Where(p => p.Id == kozh).Select(p => p.MunicipalityId).Single();
            department = db.Departments.Where(d => d.MunicipalityId == municipality).Min(d => d.Id);
            user = db.Users.Where(u => u.UserName == "kozh.culture").Select(u => u.Id).Single();
            aleksin = db.Programs.Where(p => p.RegistryCode == "ALX-MP-04").Select(p => p.Id).Single();
        }
        var report = $"/Reports/Edit/{kozh}?year=2023&period=Year";
        var offences = await OffencesAsync(portal.Anonymous(), "/Account/Login");

        offences.AddRange(await OffencesAsync(await portal.SignInAsync("kozh.admin"),
            "/Reports", "/Reports?year=2023", report, $"/Reports/History/{kozh}?year=2023&period=Year", "/Notifications",
            "/Account/Sessions", "/Account/ChangePassword",
            DraftPages.Url(draft), DraftPages.Url(draft, "Passport"), DraftPages.Url(draft, "Subprograms"), DraftPages.Url(draft, "Goals"),
            DraftPages.Url(draft, "Activities"), DraftPages.Url(draft, "Indicators"), DraftPages.Url(draft, "Funding"),
            $"/ReportImport/Index/{kozh}?year=2023&period=Year"));

        offences.AddRange(await OffencesAsync(await portal.SignInAsync("finance"),
            "/Review", "/Review?year=2023", "/Programs", "/Programs/Create", $"/Programs/Details/{kozh}", $"/Programs/{kozh}/Versions",
            $"/Programs/{kozh}/AsOf?date=01.03.2024", "/Evaluation", $"/Evaluation/Program/{kozh}?year=2023&period=Year",
            $"/forms/programs/{kozh}/annual-report?year=2023", "/forms/registry?m=kozhevnikovo", report,
            "/Dashboard?year=2023&period=Year", $"/Dashboard/Program/{kozh}?year=2023&period=Year", "/Dashboard/Trends", $"/Dashboard/Program/{kozh}/Trend"));
        offences.AddRange(await OffencesAsync(portal.Anonymous(), "/public",
            $"/public/evaluation/{aleksin}?year=2024&period=Year"));

        offences.AddRange(await OffencesAsync(await portal.SignInAsync("viewer"), "/Programs", $"/Programs/Details/{kozh}", "/Evaluation"));

        offences.AddRange(await OffencesAsync(await portal.SignInAsync("admin"),
            "/Admin", "/Admin/Municipalities/New", $"/Admin/Municipalities/{municipality}", $"/Admin/Municipalities/{municipality}/Departments",
            $"/Admin/Municipalities/{municipality}/Departments/{department}", "/Admin/Users", "/Admin/Users/New", $"/Admin/Users/{user}",
            $"/Admin/Municipalities/{municipality}/Methodology", $"/Admin/Municipalities/{municipality}/Campaign",
            "/Admin/Outbox", "/Account/SignInLog"));

        offences.Should().BeEmpty();
    }

    [Fact]
    public void The_plain_429_and_503_page_has_none_either()
    {
        InlineMarkup.Find(MunicipalPrograms.Web.Accounts.PlainPage.Html("Сервис временно недоступен", "Повторите попытку.")).Should().BeEmpty();
    }
}
