using System.Net;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.Operations.Hostile;
using Npgsql;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>
/// Issue 13 «Hostile input»: every POST of the portal, taken from a real form of a page and sent again with malformed
/// values rotated over its fields (numbers, dates, choices, flags, texts), hostile ids and years in the address, wrong
/// content types and an empty body. No answer is a 500; a refused value gets a Russian page; and the database is as it
/// was. The POSTs are read from the portal's action list, so a new one without a form on <see cref="Pages"/> fails here.
/// </summary>
public sealed class HostileInputTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int MinimumCases = 50;

    /// <summary>POSTs not sent here, and why.</summary>
    private static readonly Dictionary<string, string> Excluded = new()
    {
        ["ReportImport.Upload"] = "a file upload: MalformedUploadTests sends 40 broken files",
        ["PlanImport.Upload"] = "a file upload: the plan import's malformed-file tests",
        ["Account.Logout"] = "takes no input and ends the session every other case runs in",
        ["ReportImport.Apply"] = "posts the previewed file back (Base64): MalformedUploadTests sends broken ones",
        ["PlanImport.Apply"] = "posts the previewed file back (Base64), as the report import's apply",
        ["Reports.Preview"] = "called by the report page's script, not a form; the same ReportForm as Reports.Edit, which is covered",
    };

    /// <summary>
    /// POSTs whose form this test cannot bring onto a page, and why. Each one is a gap, not an exemption: the states the
    /// workflow forms need (a sent and an agreed draft, a program in force, a submitted and an accepted report, open
    /// remarks, a blocked user) are put in by <see cref="ArrangeAsync"/>.
    /// </summary>
    private static readonly Dictionary<string, string> NotArrangedYet = new();

    /// <summary>Who sends each controller's forms (the role that may use them), and the pages they are on.</summary>
    private static readonly (string User, string[] Pages)[] Pages =
    [
        ("kozh.admin", [
            "/Reports/Edit/{kzh}?year=2025&period=Year", "/ReportImport/Index/{kzh}?year=2025&period=Year",
            "/Programs/{kzh}/Draft", "/Programs/{kzh}/Draft/Passport", "/Programs/{kzh}/Draft/Subprograms", "/Programs/{kzh}/Draft/Goals",
            "/Programs/{kzh}/Draft/Activities", "/Programs/{kzh}/Draft/Activities/New", "/Programs/{kzh}/Draft/Passports",
            "/Programs/{kzh}/Draft/CapitalObjects", "/Programs/{kzh}/Draft/Resources", "/Programs/{kzh}/Draft/Indicators",
            "/Programs/{kzh}/Draft/Funding", "/Programs/{kzh}/Import", "/Programs/Details/{kzh}", "/Notifications",
            "/Account/ChangePassword", "/Account/Sessions"]),
        ("kozh.admin", ["/Programs/{kzh}/Draft/Activities/{activity}", "/Programs/{kzh}/Draft/Passports/{indicator}"]),
        ("finance", ["/Review/Accept/{kps}?year=2022&period=HalfYear", "/Reports/Edit/{kps}?year=2022&period=HalfYear", "/Review",
            "/Reports/Edit/{kzh}?year=2025&period=Year", "/Programs/Create", "/Programs/Details/{kzh}", "/Dashboard/Program/{kzh}?year=2025&period=Year",
            "/Programs/Details/{p2}", "/Programs/Details/{kps}", "/Programs/Details/{alx}", "/Reports/Edit/{alx}?year=2024&period=Year"]),
        ("aleksin.uorio", ["/Programs/Details/{alx}"]),
        ("admin", ["/Admin", "/Admin/Municipalities/New", "/Admin/Municipalities/{m}", "/Admin/Municipalities/{m}/Departments/{d}",
            "/Admin/Municipalities/{m}/Departments/New", "/Admin/Municipalities/{m}/Methodology", "/Admin/Municipalities/{m}/Campaign",
            "/Admin/Users/New", "/Admin/Users/{user}", "/Admin/Users/blocked-user", "/Admin/Outbox?state=Failed", "/Admin/Outbox"]),
    ];

    [Fact]
    public async Task Every_post_refuses_hostile_values_with_a_Russian_page_and_changes_nothing()
    {
        var kzh = await ScalarAsync("SELECT id FROM programs WHERE registry_code = 'KZH-MP-01'");
        await ArrangeAsync(kzh);
        var failures = new List<string>();
        var answers = new List<string>(); // endpoint, form, and the statuses its cases got: which forms were sent, and how refused
        var forms = await FormsAsync(kzh);
        var endpoints = PostEndpoints.Of(portal.Services);

        // MP_HOSTILE_ONLY=Account.Login runs one endpoint's cases (to read a failure's log), the assertions unchanged.
        var only = Environment.GetEnvironmentVariable("MP_HOSTILE_ONLY");
        foreach (var endpoint in endpoints.Where(e => !Excluded.ContainsKey(e.Name) && (only is null || only.Split(',').Any(o => e.Name.StartsWith(o, StringComparison.Ordinal)))))
        {
            if (!forms.TryGetValue(endpoint.Name, out var found) && NotArrangedYet.ContainsKey(endpoint.Name)) continue;
            if (found.Form is null)
            {
                failures.Add($"{endpoint.Name}: no form for it on the pages this test opens (add its page, or exclude it with a reason)");
                continue;
            }
            failures.AddRange(await SendAllAsync(endpoint, found.Client, found.Form, answers));
        }
        await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), $"{TestDatabase.Prefix}-hostile-answers.txt"), answers);

        await File.WriteAllLinesAsync(Path.Combine(Path.GetTempPath(), $"{TestDatabase.Prefix}-hostile-failures.txt"), failures);
        endpoints.Should().HaveCountGreaterThan(40);
        failures.Should().BeEmpty();
    }

    private async Task<IEnumerable<string>> SendAllAsync(PostEndpoint endpoint, HttpClient client, PageForm form, List<string> answers)
    {
        var failures = new List<string>();
        var statuses = new List<int>();
        var cases = HostileCases.Of(endpoint, form).ToList();
        var before = await DatabaseSnapshot.TakeAsync(portal.ConnectionString, []);
        foreach (var request in cases.Where(c => !c.MayChangeData))
        {
            var response = await client.PostAsync(request.Url, request.Body());
            var html = await response.Content.ReadAsStringAsync();
            statuses.Add((int)response.StatusCode);
            if (Problem(request, response.StatusCode, html) is { } problem) failures.Add($"{endpoint.Name}: {request} → {problem}");
        }
        var after = await DatabaseSnapshot.TakeAsync(portal.ConnectionString, []);
        if (DatabaseSnapshot.Changed(before, after).ToList() is { Count: > 0 } changed)
            failures.Add($"{endpoint.Name}: refused requests changed {string.Join(", ", changed)}; last rows: "
                + string.Join(" | ", await Task.WhenAll(changed.Select(LastRowAsync))));
        foreach (var request in cases.Where(c => c.MayChangeData))
        {
            var response = await client.PostAsync(request.Url, request.Body());
            var html = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || HasUnescapedMarkup(html))
                failures.Add($"{endpoint.Name}: {request} → {(int)response.StatusCode}{(HasUnescapedMarkup(html) ? " with the markup unescaped" : "")}");
        }
        answers.Add($"{endpoint.Name} {form.Action}: {cases.Count} cases; refused ones answered "
            + string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
        cases.Should().HaveCountGreaterThanOrEqualTo(MinimumCases, endpoint.Name);
        return failures;
    }

    /// <summary>Nothing, or what is wrong with the answer to a request that must be refused.</summary>
    private static string? Problem(HostileRequest request, HttpStatusCode status, string html)
    {
        var code = (int)status;
        if (code >= 500) return $"{code}";
        if (HasUnescapedMarkup(html)) return $"{code} with the markup unescaped";
        if (code is 302 or 303) return null; // refused through the next page's message (the database check tells)
        if (code == 200 && RussianFieldMessage(html)) return null;
        if (HostileRequest.IsRussianRefusal(status, html)) return null;
        return $"{code} without a Russian message";
    }

    /// <summary>A validation message next to a field, or the page's error alert.</summary>
    private static bool RussianFieldMessage(string html) =>
        (html.Contains("invalid-feedback", StringComparison.Ordinal) || html.Contains("field-validation-error", StringComparison.Ordinal)
            || html.Contains("role=\"alert\"", StringComparison.Ordinal)) && html.Any(c => c is >= 'А' and <= 'я');

    private static bool HasUnescapedMarkup(string html) =>
        html.Contains("<script>alert(1)", StringComparison.Ordinal) || html.Contains("<img src=x onerror", StringComparison.Ordinal);

    /// <summary>
    /// The state in which every form is on its page: an open draft, a second session, a notification for each user,
    /// a failed letter; a draft sent to Finance (program «04»: agree, return) and an agreed one (Каргасок: approve),
    /// both opened by the administrator and moved on in the table; Алексин's program in
    /// force without a draft (open, complete, terminate); Каргасок's submitted report with an open remark (accept, add
    /// and close a remark), Алексин's accepted one (reopen), a returned Кожевниковский 2025 report with an open remark
    /// (answer); a blocked user.
    /// </summary>
    private async Task ArrangeAsync(long kzh)
    {
        var executor = await portal.SignInAsync("kozh.admin", followRedirects: false);
        var page = await executor.GetStringAsync($"/Programs/Details/{kzh}");
        (await executor.PostFormAsync($"/Programs/{kzh}/Draft/Open", page, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var admin = await portal.SignInAsync("admin", followRedirects: false); // the administrator may open any program's draft
        foreach (var code in new[] { "04", "KPS-PM-2022" })
        {
            var program = await ScalarAsync($"SELECT id FROM programs WHERE registry_code = '{code}'");
            var details = await admin.GetStringAsync($"/Programs/Details/{program}");
            (await admin.PostFormAsync($"/Programs/{program}/Draft/Open", details, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
        await ExecuteAsync($$"""
            INSERT INTO notifications (user_id, kind, link, created_at)
              SELECT id, 'ReportReturned', '/Reports', now() FROM asp_net_users;
            INSERT INTO outbox_emails (to_address, subject, text_body, html_body, state, attempts, created_at, next_attempt_at, last_error)
              VALUES ('kozh.admin@demo.local', 'Письмо', 'Текст', '<p>Текст</p>', 'Failed', 5, now(), now(), '550 mailbox unavailable');
            UPDATE program_drafts d SET status = s.status FROM programs p
              JOIN (VALUES ('04', 'UnderReview'), ('KPS-PM-2022', 'Agreed')) AS s(code, status) ON s.code = p.registry_code
              WHERE d.program_id = p.id;
            INSERT INTO progress_reports (program_id, year, period, status, weight_mode, additional_criteria, return_reason)
              VALUES ({{kzh}}, 2025, 'Year', 'Returned', 'Equal',
                '{"TargetGroups": [], "HasBudgetEffect": null, "HasSocialEffect": null, "HasWorkingGroup": null, "EffectDescription": null}',
                'Уточните значения');
            INSERT INTO value_remarks (report_id, subject, subject_id, text, author_user_name, created_at)
              SELECT r.id, 'IndicatorValue', (SELECT min(v.id) FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
                WHERE i.program_id = r.program_id AND v.year = r.year AND v.period = r.period), 'Проверьте значение', 'finance', now()
              FROM progress_reports r WHERE r.status IN ('Submitted', 'Returned');
            INSERT INTO asp_net_users (id, full_name, user_name, normalized_user_name, email, normalized_email, email_confirmed,
                password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_end,
                lockout_enabled, access_failed_count, must_change_password, email_mode)
              SELECT 'blocked-user', 'Заблокированный Пользователь', 'blocked.user', 'BLOCKED.USER', 'blocked@demo.local', 'BLOCKED@DEMO.LOCAL',
                true, password_hash, 'stamp', 'concurrency', false, false, '9999-01-01', true, 0, false, email_mode
              FROM asp_net_users WHERE user_name = 'viewer';
            INSERT INTO asp_net_user_roles (user_id, role_id) SELECT 'blocked-user', role_id
              FROM asp_net_user_roles ur JOIN asp_net_users u ON u.id = ur.user_id WHERE u.user_name = 'viewer';
            """);
        (await ScalarAsync("SELECT count(*) FROM value_remarks")).Should().Be(2, "a remark on each report under review or returned");
    }

    /// <summary>Endpoint name → the first form found for it, with the client of the user whose page it is on.</summary>
    private async Task<Dictionary<string, (HttpClient Client, PageForm Form)>> FormsAsync(long kzh)
    {
        var endpoints = PostEndpoints.Of(portal.Services);
        var found = new Dictionary<string, (HttpClient, PageForm)>();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (user, pages) in Pages)
        {
            var client = clients.TryGetValue(user, out var signedIn) ? signedIn : clients[user] = await portal.SignInAsync(user, followRedirects: false);
            foreach (var page in await Task.WhenAll(pages.Select(p => FillAsync(p, kzh))))
            {
                var response = await client.GetAsync(page);
                if (response.StatusCode != HttpStatusCode.OK) continue;
                foreach (var form in PageForms.Of(await response.Content.ReadAsStringAsync(), page))
                    if (endpoints.FirstOrDefault(e => e.Path.IsMatch(form.Path)) is { } e)
                        found.TryAdd(e.Name, (client, form));
            }
        }
        // The remark's text is a textarea outside its form (form="…"), as a browser sends it.
        foreach (var (name, field, text) in new[] { ("Reports.AddRemark", "text", "Проверьте значение"), ("Reports.AnswerRemark", "answer", "Исправлено") })
            if (found.TryGetValue(name, out var remark)) remark.Item2.Form.Add(field, text);
        // A valid act, so that each hostile value is the only thing wrong with it (an empty act is refused whatever).
        if (found.TryGetValue("ProgramVersions.Approve", out var approve))
            approve.Item2.Form.Set("Act.Kind", "Постановление").Set("Act.Issuer", "Администрации Каргасокского района")
                .Set("Act.Date", "15.03.2025").Set("Act.Number", "12-п").Set("Act.Title", "О внесении изменений").Set("Act.Summary", "Уточнены значения");
        var anonymous = portal.Anonymous();
        foreach (var form in PageForms.Of(await anonymous.GetStringAsync("/Account/Login"), "/Account/Login"))
            found.TryAdd("Account.Login", (anonymous, form with { Form = form.Form.Set("UserName", "viewer").Set("Password", "Demo-2025") }));
        return found;
    }

    /// <summary>A page address with the ids of the Кожевниковский program's rows put in.</summary>
    private async Task<string> FillAsync(string page, long kzh) => page
        .Replace("{kzh}", kzh.ToString(), StringComparison.Ordinal)
        .Replace("{m}", (await ScalarAsync($"SELECT municipality_id FROM programs WHERE id = {kzh}")).ToString(), StringComparison.Ordinal)
        .Replace("{d}", (await ScalarAsync($"SELECT responsible_executor_id FROM programs WHERE id = {kzh}")).ToString(), StringComparison.Ordinal)
        .Replace("{activity}", (await ScalarAsync($"SELECT min(id) FROM activities WHERE program_id = {kzh}")).ToString(), StringComparison.Ordinal)
        .Replace("{indicator}", (await ScalarAsync($"SELECT min(id) FROM indicators WHERE program_id = {kzh}")).ToString(), StringComparison.Ordinal)
        .Replace("{alx}", (await ScalarAsync("SELECT id FROM programs WHERE registry_code = 'ALX-MP-04'")).ToString(), StringComparison.Ordinal)
        .Replace("{p2}", (await ScalarAsync("SELECT id FROM programs WHERE registry_code = '04'")).ToString(), StringComparison.Ordinal)
        .Replace("{kps}", (await ScalarAsync("SELECT id FROM programs WHERE registry_code = 'KPS-PM-2022'")).ToString(), StringComparison.Ordinal)
        .Replace("{user}", await TextAsync("SELECT id FROM asp_net_users WHERE user_name = 'kozh.culture'"), StringComparison.Ordinal);

    private async Task<string> TextAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The newest row of a table (by id where it has one), cut: what a refused request wrote.</summary>
    private async Task<string> LastRowAsync(string table)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT x::text FROM \"{table}\" x ORDER BY ctid DESC LIMIT 1", connection);
        try { return HostileRequest.Show((await command.ExecuteScalarAsync())?.ToString() ?? "", 300); }
        catch (PostgresException) { return table; }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
