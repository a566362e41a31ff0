using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Tests.Browser;

/// <summary>
/// Issue 9 end to end, only through the screens: Finance creates an empty program in the Кожевниковский район;
/// its responsible executor (kozh.admin) fills one goal with one objective, one activity, two indicators with
/// plans for 2025–2029 and the activity's funding by two sources, and sends it for review; Finance agrees and
/// approves it with an act; the executor reports 2025 with decimal commas and submits; Finance accepts; the
/// evaluation page shows Ip and Iэ as computed by hand below.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgramFromScratchTests(BrowserFixture browser)
{
    private const string Code = "KZH-MP-E2E";
    private const string Name = "Поддержка территориального общественного самоуправления в Кожевниковском районе";

    private static async Task<IPage> SignInAsync(BrowserFixture browser, string user)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/(Reports|Review)"));
        return page;
    }

    private static Task ShotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = fullPage });

    private static ILocator Input(IPage page, string name) => page.Locator($"[name='{name}']").First;

    [Fact]
    public async Task A_program_created_on_screen_is_approved_reported_and_evaluated()
    {
        // 1. Finance creates the program (Procedure 1.7).
        var finance = await SignInAsync(browser, "finance");
        await finance.GotoAsync("/Programs/Create");
        await finance.SelectOptionAsync("#MunicipalityId", new SelectOptionValue { Label = "Кожевниковский район" });
        await finance.FillAsync("#RegistryCode", Code);
        await finance.FillAsync("#Name", Name);
        await finance.FillAsync("#StartYear", "2025");
        await finance.FillAsync("#EndYear", "2029");
        await finance.FillAsync("#DueDate", "31.03.2026");
        await finance.SelectOptionAsync("#ResponsibleExecutorId", new SelectOptionValue { Label = "Администрация Кожевниковского района" });
        await finance.FillAsync("#DecisionKind", "Распоряжение Администрации Кожевниковского района");
        await finance.FillAsync("#DecisionDate", "10.01.2025");
        await finance.FillAsync("#DecisionNumber", "5-р");
        await ShotAsync(finance, "program-create");
        await finance.ClickAsync("#create-program button[type=submit]");
        await Assertions.Expect(finance).ToHaveURLAsync(new Regex(@"/Programs/Details/\d+"));
        var programId = int.Parse(Regex.Match(finance.Url, @"/Programs/Details/(\d+)").Groups[1].Value);
        await Assertions.Expect(finance.Locator("#draft-panel")).ToBeVisibleAsync();

        // 2. The executor fills the draft: a goal with its objective.
        var executor = await SignInAsync(browser, "kozh.admin");
        await executor.GotoAsync($"/Programs/{programId}/Draft/Goals");
        await executor.FillAsync("[name='Goals[0].Code']", "1");
        await executor.FillAsync("[name='Goals[0].Name']", "Повышение активности жителей в решении вопросов местного значения");
        await executor.FillAsync("[name='Goals[0].Objectives[0].Code']", "1.1");
        await executor.FillAsync("[name='Goals[0].Objectives[0].Name']", "Поддержка инициатив органов территориального общественного самоуправления");
        await executor.ClickAsync("#goals-form #save");
        await Assertions.Expect(executor.Locator("#goals-form [name='Goals[0].Objectives[0].Name']")).ToHaveValueAsync(new Regex("Поддержка инициатив"));

        // One activity under the objective.
        await executor.GotoAsync($"/Programs/{programId}/Draft/Activities");
        await executor.ClickAsync("#add-main");
        await executor.FillAsync("#Code", "1");
        await executor.FillAsync("#Name", "Конкурс проектов территориального общественного самоуправления");
        await executor.SelectOptionAsync("#ObjectiveKey", new SelectOptionValue { Index = 1 });
        await executor.FillAsync("#PlannedStart", "01.01.2025");
        await executor.FillAsync("#PlannedEnd", "31.12.2029");
        await executor.FillAsync("#ExpectedResults", "2025: Поддержано 4 проекта");
        await executor.ClickAsync("#activity-form #save");
        await Assertions.Expect(executor.Locator("#activities")).ToContainTextAsync("Конкурс проектов");

        // Two indicators: names typed, the 2 × 5 block of plans pasted as Excel copies it.
        await executor.GotoAsync($"/Programs/{programId}/Draft/Indicators");
        await executor.ClickAsync("#add-row");
        await executor.ClickAsync("#add-row");
        var rows = executor.Locator("#indicators tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        string[][] indicator = [["1.1", "Количество реализованных проектов ТОС", "ед."], ["1.2", "Доля населения, вовлеченного в деятельность ТОС", "%"]];
        for (var k = 0; k < 2; k++)
        {
            await rows.Nth(k).Locator("input[name$='.Code']").FillAsync(indicator[k][0]);
            await rows.Nth(k).Locator("textarea[name$='.Name']").FillAsync(indicator[k][1]);
            await rows.Nth(k).Locator("input[name$='.Unit']").FillAsync(indicator[k][2]);
            await rows.Nth(k).Locator("select[name$='.Link']").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }
        var first = rows.Nth(0).Locator("input[name$='.Plan[2025]']");
        await first.FocusAsync();
        await first.EvaluateAsync(@"(input, text) => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }", "4\t5\t5\t6\t6\r\n12,5\t13\t14\t15\t16\r\n");
        await Assertions.Expect(rows.Nth(1).Locator("input[name$='.Plan[2029]']")).ToHaveValueAsync("16");
        await ShotAsync(executor, "program-indicators-grid");
        await executor.ClickAsync("#indicator-grid #save");
        await Assertions.Expect(executor.Locator("[role=status]", new() { HasText = "Сохранено" })).ToBeVisibleAsync();
        await Assertions.Expect(executor.Locator("#indicators tbody tr").Nth(1).Locator("input[name$='.Plan[2025]']")).ToHaveValueAsync("12,5");

        // Funding of the activity by two sources, 2025–2029 (тыс. руб.).
        await executor.GotoAsync($"/Programs/{programId}/Draft/Funding?all=true");
        string[] regional = ["300", "300", "320", "320", "350"], local = ["100", "100", "110", "110", "120"];
        for (var y = 0; y < 5; y++)
        {
            await executor.Locator($"input.money[data-s='Regional'][data-y='{2025 + y}']").FillAsync(regional[y]);
            await executor.Locator($"input.money[data-s='Local'][data-y='{2025 + y}']").FillAsync(local[y]);
        }
        await Assertions.Expect(executor.Locator("#total-2025")).ToHaveTextAsync("400,00");
        await ShotAsync(executor, "program-funding-grid");
        await executor.ClickAsync("#funding-grid #save");
        await Assertions.Expect(executor.Locator("[role=status]", new() { HasText = "Сохранено" })).ToBeVisibleAsync();
        await Assertions.Expect(executor.Locator("#total-2025")).ToHaveTextAsync("400,00");
        await executor.GotoAsync($"/Programs/{programId}/Draft");
        await Assertions.Expect(executor.Locator("body")).ToContainTextAsync("показателей: 2");
        await ShotAsync(executor, "program-draft");

        // 3. Sent for review, agreed and approved with an act.
        await executor.GotoAsync($"/Programs/Details/{programId}");
        await executor.ClickAsync("#send-form button");
        await Assertions.Expect(executor.Locator("#draft-panel #draft-state")).ToContainTextAsync("на согласовании");
        await finance.ReloadAsync();
        await finance.ClickAsync("#agree-form button");
        await Assertions.Expect(finance.Locator("#approve-form")).ToBeVisibleAsync();
        await finance.FillAsync("#act-act-kind", "Постановление");
        await finance.FillAsync("#act-act-issuer", "Администрации Кожевниковского района");
        await finance.FillAsync("#act-act-date", "27.02.2026");
        await finance.FillAsync("#act-act-number", "112");
        await finance.FillAsync("#act-act-title", "Об утверждении муниципальной программы «" + Name + "»");
        await finance.Locator("#approve-form").ScrollIntoViewIfNeededAsync();
        await ShotAsync(finance, "program-approve");
        await finance.ClickAsync("#approve-form button[type=submit]");
        await Assertions.Expect(finance.Locator("#draft-panel")).ToContainTextAsync("112");
        await finance.GotoAsync($"/Programs/{programId}/Versions");
        await Assertions.Expect(finance.Locator("body")).ToContainTextAsync("27.02.2026");
        await ShotAsync(finance, "program-versions");

        // 4. The executor's 2025 report.
        await executor.GotoAsync("/Reports?year=2025");
        await executor.Locator("#my-reports tr", new() { HasText = Code }).GetByRole(AriaRole.Link, new() { Name = "Открыть отчет" }).ClickAsync();
        await Assertions.Expect(executor.Locator("#submit")).ToBeDisabledAsync();
        await Input(executor, "Indicators[0].Actual").FillAsync("3,7");
        await Input(executor, "Indicators[0].DeviationReason").FillAsync("Один проект перенесен на 2026 год по заявке ТОС");
        await Input(executor, "Indicators[1].Actual").FillAsync("12,5");
        var lines = executor.Locator("#funding tbody tr[id^='fund-']");
        await Assertions.Expect(lines).ToHaveCountAsync(2);
        for (var k = 0; k < 2; k++)
        {
            var plan = (await lines.Nth(k).Locator("td").Nth(3).TextContentAsync())!.Trim();
            await Input(executor, $"Funding[{k}].Actual").FillAsync(plan.StartsWith("100") ? "80,5" : "300");
        }
        await executor.ClickAsync("#save");
        await Assertions.Expect(executor.Locator("#notice")).ToContainTextAsync("Сохранено");
        // Hand computation (docs/methodology.md §2.1, §5, §6; no cap on S by default, equal weights):
        //   1.1 «количество проектов», increase: plan 4, fact 3,7 → S = 3,7 / 4 = 0,925 (not met: a reason is required);
        //   1.2 «доля населения», increase: plan 12,5, fact 12,5 → S = 1;
        //   Ip = (0,925 + 1) / 2 = 0,9625.
        //   Funding 2025: Vp = 300 (областной) + 100 (местный) = 400; Vf = 300 + 80,5 = 380,5;
        //   Iэ = Vf × Ip / Vp = 380,5 × 0,9625 / 400 = 0,91557… → 0,9156.
        await Assertions.Expect(executor.Locator("#ip")).ToHaveTextAsync("0,9625");
        await Assertions.Expect(executor.Locator("#ie")).ToHaveTextAsync("0,9156");
        await Assertions.Expect(executor.Locator("#submit")).ToBeEnabledAsync();
        await executor.ClickAsync("#submit");
        await Assertions.Expect(executor.Locator("#report-status")).ToHaveTextAsync("Представлен");

        // 5. Finance accepts.
        await finance.GotoAsync(executor.Url);
        await finance.ClickAsync("#accept");
        await finance.ClickAsync("#confirm-accept");
        await Assertions.Expect(finance.Locator("#report-status")).ToHaveTextAsync("Принят");

        // 6. The evaluation.
        await finance.GotoAsync($"/Evaluation/Program/{programId}?year=2025");
        await Assertions.Expect(finance.Locator("#ip")).ToHaveTextAsync("0,9625");
        await Assertions.Expect(finance.Locator("#ie")).ToHaveTextAsync("0,9156");
    }
}
