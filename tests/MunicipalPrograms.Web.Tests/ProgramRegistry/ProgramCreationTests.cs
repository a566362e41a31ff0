using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramRegistry;

/// <summary>Creating a program (Procedure 1.7) on 2 March 2026, the fixture's date.</summary>
public sealed class ProgramCreationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    internal static async Task<(HttpClient Client, string Page, HtmlForm Form)> OpenFormAsync(PortalFactory portal, string user = "finance")
    {
        var client = await portal.SignInAsync(user, followRedirects: false);
        var page = await client.GetDecodedAsync("/Programs/Create");
        return (client, page, HtmlForm.Parse(page, "create-program"));
    }

    internal static async Task<HtmlForm> FilledAsync(PortalFactory portal, HtmlForm form, string code, string municipality = "kozhevnikovo")
    {
        await using var db = portal.CreateDbContext();
        var m = await db.Municipalities.Where(x => x.Code == municipality).Select(x => x.Id).SingleAsync();
        var executor = await db.Departments.Where(d => d.MunicipalityId == m && d.Code == "econ").Select(d => d.Id).SingleOrDefaultAsync();
        if (executor == 0) executor = await db.Departments.Where(d => d.MunicipalityId == m).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        return form.Set("MunicipalityId", m.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("Name", "Развитие физической культуры и спорта в Кожевниковском районе")
            .Set("RegistryCode", code).Set("StartYear", "2027").Set("EndYear", "2031")
            .Set("ResponsibleExecutorId", executor.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("DueDate", "01.06.2026").Set("DecisionKind", "Распоряжение").Set("DecisionDate", "27.02.2026").Set("DecisionNumber", "45-р");
    }

    private static async Task<string> FailedPostAsync(HttpClient client, HtmlForm form)
    {
        var response = await client.PostAsync("/Programs/Create", form.Content());
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of the message under a field.</summary>
    private static string MessageOf(string html, string field)
    {
        var start = html.IndexOf($"id=\"{field}-error\">", StringComparison.Ordinal);
        start.Should().BePositive($"the page has a message slot for {field}");
        start += $"id=\"{field}-error\">".Length;
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Finance_creates_a_program_with_its_draft_and_audit_entry_in_one_go()
    {
        var (client, _, form) = await OpenFormAsync(portal);
        await FilledAsync(portal, form, "KZH-MP-02");

        var response = await client.PostAsync("/Programs/Create", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.CreateDbContext();
        var program = await db.Programs.Include(p => p.ResponsibleExecutor).SingleAsync(p => p.RegistryCode == "KZH-MP-02");
        response.Headers.Location!.PathAndQueryOf().Should().Be($"/Programs/Details/{program.Id}");
        program.Name.Should().Be("Развитие физической культуры и спорта в Кожевниковском районе");
        (program.Status, program.Revision, program.StartYear, program.EndYear).Should().Be((ProgramStatus.Draft, 0, 2027, (int?)2031));
        program.ResponsibleExecutor!.Code.Should().Be("econ");

        var draft = await db.ProgramDrafts.SingleAsync(d => d.ProgramId == program.Id);
        (draft.Kind, draft.Status, draft.DueDate, draft.CreatedBy).Should().Be((DraftKind.Initial, DraftStatus.Editing, (DateOnly?)new DateOnly(2026, 6, 1), "finance"));
        DateOnly.FromDateTime(draft.CreatedAt.ToLocalTime().DateTime).Should().Be(PortalFactory.CampaignDay);
        var plan = draft.Plan();
        (plan.Passport.Name, plan.Passport.RegistryCode, plan.Passport.StartYear, plan.Passport.EndYear)
            .Should().Be((program.Name, "KZH-MP-02", 2027, (int?)2031));
        plan.Indicators.Should().BeEmpty();

        var audit = await db.AuditEntries.Where(a => a.ProgramId == program.Id).ToListAsync();
        audit.Should().ContainSingle();
        var entry = audit[0];
        (entry.Subject, entry.SubjectId, entry.Field, entry.NewValue, entry.UserName)
            .Should().Be((AuditSubjects.Program, program.Id, AuditField.Created, program.Name, "finance"));
        entry.SubjectName.Should().Be("KZH-MP-02 «Развитие физической культуры и спорта в Кожевниковском районе»");
        entry.Reason.Should().Be("Распоряжение от 27.02.2026 № 45-р");

        var details = await client.GetDecodedAsync($"/Programs/Details/{program.Id}");
        details.Should().Contain("Программа включена в перечень.").And.Contain("<span id=\"current-version\">проект</span>")
            .And.Contain("проект готовится, срок представления 01.06.2026").And.NotContain("id=\"registry-warning\"");
        details.Should().Contain("Показателей пока нет").And.Contain("Мероприятий пока нет");
        var registry = await client.GetDecodedAsync("/Programs?status=Draft");
        HtmlTable.RowWith(registry, "programs", "KZH-MP-02")[5].Should().Be("Проект проект готовится");
        HtmlTable.RowWith(registry, "programs", "KZH-MP-02")[6].Should().Be("проект");
        (await client.GetAsync($"/Evaluation/Program/{program.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_administrator_creates_a_program_too()
    {
        var (client, _, form) = await OpenFormAsync(portal, "admin");
        await FilledAsync(portal, form, "ALX-MP-09", "aleksin");

        var response = await client.PostAsync("/Programs/Create", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.CreateDbContext();
        var id = await db.Programs.Where(p => p.RegistryCode == "ALX-MP-09").Select(p => p.Id).SingleAsync();
        (await db.ProgramDrafts.CountAsync(d => d.ProgramId == id)).Should().Be(1);
        (await db.AuditEntries.Where(a => a.ProgramId == id).Select(a => a.UserName).SingleAsync()).Should().Be("admin");
    }

    [Theory]
    [InlineData("EndYear", "2030", "EndYear", "Срок реализации программы — не менее 5 лет (п. 1.8 Порядка): 2027–2031 и дольше.")]
    [InlineData("EndYear", "2026", "EndYear", "Год окончания не может быть раньше года начала.")]
    [InlineData("EndYear", "", "EndYear", "Укажите год окончания реализации.")]
    [InlineData("StartYear", "двадцать", "StartYear", "Укажите год начала реализации (четыре цифры).")]
    [InlineData("Name", "", "Name", "Укажите наименование программы.")]
    [InlineData("RegistryCode", "KZH-MP-01", "RegistryCode", "Программа с кодом KZH-MP-01 уже есть в перечне этого муниципального образования.")]
    [InlineData("DueDate", "01.03.2026", "DueDate", "Срок представления проекта не может быть в прошлом: сегодня 02.03.2026.")]
    [InlineData("DueDate", "31.02.2026", "DueDate", "«31.02.2026» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025.")]
    [InlineData("DueDate", "", "DueDate", "Укажите срок представления проекта программы (ДД.ММ.ГГГГ).")]
    [InlineData("ResponsibleExecutorId", "", "ResponsibleExecutorId", "Выберите ответственного исполнителя.")]
    public async Task Each_rule_says_its_message_next_to_its_field_and_nothing_is_saved(string field, string value, string messageField, string message)
    {
        var (client, _, form) = await OpenFormAsync(portal);
        await FilledAsync(portal, form, "KZH-MP-RULE");
        form.Set(field, value);
        await using var db = portal.CreateDbContext();
        var before = (await db.Programs.CountAsync(), await db.ProgramDrafts.CountAsync(), await db.AuditEntries.CountAsync());

        var html = await FailedPostAsync(client, form);

        MessageOf(html, messageField).Should().Be(message);
        html.Should().Contain($"id=\"{messageField}\"").And.Contain("Программа не создана: исправьте отмеченные поля.");
        (await db.Programs.CountAsync(), await db.ProgramDrafts.CountAsync(), await db.AuditEntries.CountAsync()).Should().Be(before);
        var back = HtmlForm.Parse(html, "create-program");
        back["Name"].Should().Be(field == "Name" ? value : "Развитие физической культуры и спорта в Кожевниковском районе");
        back["DecisionNumber"].Should().Be("45-р", "typed values are kept");
        back["StartYear"].Should().Be(field == "StartYear" ? value : "2027");
    }

    [Fact]
    public async Task The_same_code_is_allowed_in_another_municipality()
    {
        var (client, _, form) = await OpenFormAsync(portal);
        await FilledAsync(portal, form, "KZH-MP-01", "aleksin");

        var response = await client.PostAsync("/Programs/Create", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.CreateDbContext();
        (await db.Programs.CountAsync(p => p.RegistryCode == "KZH-MP-01")).Should().Be(2);
    }

    [Fact]
    public async Task A_department_of_another_municipality_is_refused()
    {
        var (client, _, form) = await OpenFormAsync(portal);
        await FilledAsync(portal, form, "KZH-MP-X");
        await using var db = portal.CreateDbContext();
        var aleksinDepartment = await db.Departments.Where(d => d.Code == "uorio").Select(d => d.Id).SingleAsync();
        form.Set("ResponsibleExecutorId", aleksinDepartment.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var html = await FailedPostAsync(client, form);

        MessageOf(html, "ResponsibleExecutorId").Should().Be("Ответственный исполнитель — подразделение выбранного муниципального образования.");
    }

    [Fact]
    public async Task Several_messages_show_at_once_each_next_to_its_field()
    {
        var (client, _, form) = await OpenFormAsync(portal);
        await FilledAsync(portal, form, "KZH-MP-01");
        form.Set("Name", "").Set("EndYear", "2029").Set("DueDate", "01.01.2026");

        var html = await FailedPostAsync(client, form);

        MessageOf(html, "Name").Should().Be("Укажите наименование программы.");
        MessageOf(html, "RegistryCode").Should().StartWith("Программа с кодом KZH-MP-01 уже есть");
        MessageOf(html, "EndYear").Should().StartWith("Срок реализации программы — не менее 5 лет");
        MessageOf(html, "DueDate").Should().StartWith("Срок представления проекта не может быть в прошлом");
        MessageOf(html, "StartYear").Should().BeEmpty();
    }

    [Fact]
    public async Task The_form_has_labels_for_every_field_and_no_15_september_warning_in_march()
    {
        var (_, page, form) = await OpenFormAsync(portal);

        foreach (var field in new[] { "MunicipalityId", "Name", "RegistryCode", "StartYear", "EndYear", "ResponsibleExecutorId", "DueDate", "DecisionKind", "DecisionDate", "DecisionNumber" })
            page.Should().Contain($"<label for=\"{field}\"", field);
        page.Should().NotContain("id=\"registry-warning\"");
        form["DecisionKind"].Should().Be("Постановление");
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("kozh.admin")]
    [InlineData("aleksin.uorio")]
    public async Task Executors_and_viewers_get_403_on_get_and_post(string user)
    {
        var (_, _, form) = await OpenFormAsync(portal);
        await FilledAsync(portal, form, "KZH-MP-403");
        var client = await portal.SignInAsync(user, followRedirects: false);
        // A page of theirs gives a valid antiforgery token for this session.
        var own = await client.GetDecodedAsync("/Account/ChangePassword");
        var fields = new Dictionary<string, string> { ["Name"] = "x", ["RegistryCode"] = "KZH-MP-403", ["__RequestVerificationToken"] = PortalClients.TokenOf(own) };

        (await client.GetAsync("/Programs/Create")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.PostAsync("/Programs/Create", new FormUrlEncodedContent(fields))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await using var db = portal.CreateDbContext();
        (await db.Programs.AnyAsync(p => p.RegistryCode == "KZH-MP-403")).Should().BeFalse();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (client, _, form) = await OpenFormAsync(portal);
        await FilledAsync(portal, form, "KZH-MP-CSRF");
        form.Without("__RequestVerificationToken");

        var response = await client.PostAsync("/Programs/Create", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await using var db = portal.CreateDbContext();
        (await db.Programs.AnyAsync(p => p.RegistryCode == "KZH-MP-CSRF")).Should().BeFalse();
    }
}
