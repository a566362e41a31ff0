using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Tests.Infrastructure;
using Npgsql;

namespace MunicipalPrograms.Web.Tests.PublicSite;

/// <summary>The portal on 2 March 2026 for the public part: a редакция effective from 1 June 2026 is not yet in force.</summary>
public sealed class PortalForPublicPart : PortalFactory
{
    public override DateOnly Today => new(2026, 3, 2);
}

/// <summary>
/// The public part and the open data (ADR 0027): anonymous, approved programs and accepted reports only, no personal
/// data, and files that parse and equal the database. Arranged here: a «проект» program, a program whose first
/// редакция comes into force after today, and the Кожевниково 2023 report accepted (the Копейск half-year report stays
/// submitted, the demo Алексин 2024 and Кедровый 2021 reports are accepted).
/// </summary>
public sealed class PublicPartTests(PortalForPublicPart portal) : IClassFixture<PortalForPublicPart>, IAsyncLifetime
{
    private const string DraftName = "Проект программы, которой нет в открытой части";
    private const string FutureName = "Программа с редакцией, вступающей в силу летом";
    private static readonly string[] Datasets = ["programs", "indicators", "funding", "evaluations"];

    public async Task InitializeAsync()
    {
        await using var db = portal.CreateDbContext();
        if (await db.Programs.AnyAsync(p => p.RegistryCode == "KZH-PROJECT")) return;
        var kozh = await db.Programs.SingleAsync(p => p.RegistryCode == "KZH-MP-01");
        MunicipalProgram New(string code, string name, ProgramStatus status) => new()
        {
            MunicipalityId = kozh.MunicipalityId, ResponsibleExecutorId = kozh.ResponsibleExecutorId, RegistryCode = code, Name = name,
            StartYear = 2026, EndYear = 2028, Status = status,
            Indicators = [new Indicator { Code = "1", Name = name + ": показатель", Unit = "ед.", Values = [new IndicatorValue { Year = 2026, Planned = 5 }] }],
        };
        db.Programs.Add(New("KZH-PROJECT", DraftName, ProgramStatus.Draft));
        var future = db.Programs.Add(New("KZH-FUTURE", FutureName, ProgramStatus.Approved)).Entity;
        await db.SaveChangesAsync();
        db.ProgramVersions.Add(new ProgramVersion
        {
            ProgramId = future.Id, Number = 1, Act = new LegalAct { Date = new DateOnly(2026, 2, 20), Number = "77" },
            EffectiveFrom = new DateOnly(2026, 6, 1), ApprovedAt = new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero), ApprovedBy = "admin",
        });
        var report = await db.Reports.SingleOrDefaultAsync(r => r.ProgramId == kozh.Id && r.Year == 2023 && r.Period == PeriodKind.Year)
                     ?? db.Reports.Add(new Domain.Reports.ProgressReport { ProgramId = kozh.Id, Year = 2023 }).Entity;
        report.Status = ReportStatus.Accepted;
        report.AcceptedAt = new DateTimeOffset(2024, 3, 28, 7, 30, 0, TimeSpan.Zero);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> IdAsync(string code)
    {
        await using var db = portal.CreateDbContext();
        return await db.Programs.Where(p => p.RegistryCode == code).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task The_public_pages_answer_anonymously_with_approved_programs_and_accepted_evaluations_only()
    {
        var client = portal.Anonymous();
        var registry = await client.GetDecodedAsync("/public");
        foreach (var code in new[] { "ALX-MP-04", "KPS-PM-2022", "KZH-MP-01" }) registry.Should().Contain(code);
        registry.Should().NotContain(DraftName).And.NotContain(FutureName).And.NotContain("KZH-PROJECT").And.NotContain("KZH-FUTURE");
        (await client.GetDecodedAsync("/public?m=aleksin")).Should().Contain("ALX-MP-04").And.NotContain("KZH-MP-01");

        (await client.GetAsync($"/public/programs/{await IdAsync("KZH-PROJECT")}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"/public/programs/{await IdAsync("KZH-FUTURE")}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var kopeysk = await IdAsync("KPS-PM-2022");
        (await client.GetAsync($"/public/evaluation/{kopeysk}?year=2022&period=HalfYear")).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "the half-year report is submitted, not accepted");
        (await client.GetDecodedAsync($"/public/programs/{kopeysk}")).Should().Contain("Принятых отчетов пока нет.");

        var aleksin = await IdAsync("ALX-MP-04");
        var program = await client.GetDecodedAsync($"/public/programs/{aleksin}");
        program.Should().Contain($"/public/evaluation/{aleksin}?year=2024&period=Year");
        // docs/methodology.md § 13 (Алексин 2024): Ip = 1,0831548…, Ie = 1,0789217…, высокий уровень; Vp 10 632 100,00, Vf 10 590 548,91.
        var evaluation = (await client.GetDecodedAsync($"/public/evaluation/{aleksin}?year=2024&period=Year")).Replace('\u00A0', ' ');
        evaluation.Should().Contain("1,0832").And.Contain("1,0789").And.Contain("высокий уровень эффективности")
            .And.Contain("10 632 100,00").And.Contain("10 590 548,91");
        (await client.GetAsync("/open-data")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetDecodedAsync("/Account/Login")).Should().Contain("href=\"/public\"");
    }

    /// <summary>Every URL of the public part the test knows: the pages, each program and evaluation, and every file.</summary>
    private async Task<List<string>> PublicUrlsAsync()
    {
        await using var db = portal.CreateDbContext();
        var ids = await db.Programs.Select(p => p.Id).ToListAsync();
        var reports = await db.Reports.Select(r => new { r.ProgramId, r.Year, r.Period }).ToListAsync();
        var municipalities = await db.Municipalities.Select(m => m.Code).ToListAsync();
        return ["/public", "/open-data", .. municipalities.Select(m => $"/public?m={m}"), .. ids.Select(id => $"/public/programs/{id}"),
            .. reports.Select(r => $"/public/evaluation/{r.ProgramId}?year={r.Year}&period={r.Period}"),
            .. Datasets.Select(d => $"/open-data/{d}.csv"), .. Datasets.Select(d => $"/open-data/{d}.json")];
    }

    /// <summary>
    /// The demo people: the demo accounts (names, e-mails, phones), the reports' signatories and contacts, the
    /// municipalities' heads, read from the database. Each whole name and each surname is searched for.
    /// </summary>
    private async Task<List<string>> PersonalDataAsync()
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select full_name from asp_net_users union select email from asp_net_users union select phone_number from asp_net_users
            union select signatory_name from progress_reports union select contact_name from progress_reports
            union select contact_phone from progress_reports
            union select head_name from municipalities union select finance_head_name from municipalities
            """, connection);
        var values = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                if (!reader.IsDBNull(0) && reader.GetString(0).Trim() is { Length: > 0 } value) values.Add(value);
        // «Панина Ю.А.», «А.Ю. Дедюлина»: the surname alone too, however the initials are written.
        var surnames = values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '-') && !w.Contains('@'));
        return values.Concat(surnames).Where(v => v != "Администратор" && v != "портала").Distinct().ToList();
    }

    private static List<string> Found(string body, IEnumerable<string> personal) =>
        personal.Where(p => body.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList();

    [Fact]
    public async Task No_public_response_holds_a_name_phone_or_e_mail_of_a_demo_person()
    {
        var personal = await PersonalDataAsync();
        personal.Should().Contain(["Смирнова Ольга Петровна", "finance@demo.local", "Панина", "Дедюлина", "4-02-56"]);
        var client = portal.Anonymous();
        var leaks = new List<string>();
        foreach (var url in await PublicUrlsAsync())
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.NotFound);
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            leaks.AddRange(Found(body, personal).Select(p => $"{url}: {p}"));
        }
        leaks.Should().BeEmpty();

        // The search can fail: signed in, the report page names its signatory and contact, and the menu the user.
        var finance = await portal.SignInAsync("finance");
        var signedIn = await finance.GetDecodedAsync($"/Reports/Edit/{await IdAsync("ALX-MP-04")}?year=2024&period=Year");
        Found(signedIn, personal).Should().Contain(["Смирнова Ольга Петровна", "Панина"]);
    }

    private async Task<(byte[] Bytes, List<List<string>> Records)> CsvAsync(string dataset)
    {
        var response = await portal.Anonymous().GetAsync($"/open-data/{dataset}.csv");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
        return (bytes, Rfc4180.Parse(text));
    }

    private static List<Dictionary<string, string>> Rows(List<List<string>> records) =>
        records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();

    private async Task<List<Dictionary<string, JsonElement>>> JsonAsync(string dataset)
    {
        var response = await portal.Anonymous().GetAsync($"/open-data/{dataset}.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Every_csv_starts_with_the_bom_parses_and_its_header_is_the_fields_described_on_the_open_data_page()
    {
        var page = await portal.Anonymous().GetDecodedAsync("/open-data");
        foreach (var dataset in Datasets)
        {
            var section = Regex.Match(page, $"id=\"dataset-{dataset}\"(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
            var described = Regex.Matches(section, "<code>([a-z_]+)</code>").Select(m => m.Groups[1].Value).ToList();
            var (bytes, records) = await CsvAsync(dataset);
            bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, dataset);
            described.Should().NotBeEmpty(dataset);
            records[0].Should().Equal(described, dataset);
            records.Should().OnlyContain(r => r.Count == described.Count, dataset);
            var json = await JsonAsync(dataset);
            json.Should().HaveCount(records.Count - 1, dataset);
            json.Should().OnlyContain(o => o.Keys.SequenceEqual(described), dataset);
        }
    }

    private static decimal? Number(string cell) => cell == "" ? null : decimal.Parse(cell, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static decimal? Number(JsonElement cell) => cell.ValueKind == JsonValueKind.Null ? null : cell.GetDecimal();

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    [Fact]
    public async Task The_programs_file_lists_the_programs_with_a_redaction_in_force_as_the_database_holds_them()
    {
        var expected = await QueryAsync("""
            select p.registry_code, p.name, (select max(v.number) from program_versions v where v.program_id = p.id and v.effective_from <= date '2026-03-02')
            from programs p where p.status <> 'Draft' and exists (select 1 from program_versions v where v.program_id = p.id and v.effective_from <= date '2026-03-02')
            order by p.registry_code
            """, r => (r.GetString(0), r.GetString(1), r.GetInt32(2).ToString(CultureInfo.InvariantCulture)));
        expected.Select(e => e.Item1).Should().BeEquivalentTo(["04", "ALX-MP-04", "KPS-PM-2022", "KZH-MP-01"]);

        var csv = Rows((await CsvAsync("programs")).Records);
        csv.Select(r => (r["registry_code"], r["name"], r["version_number"])).Should().BeEquivalentTo(expected);
        var json = await JsonAsync("programs");
        json.Select(o => (o["registry_code"].GetString()!, o["name"].GetString()!, o["version_number"].GetInt32().ToString(CultureInfo.InvariantCulture)))
            .Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task The_indicators_file_holds_every_planned_value_and_only_the_facts_of_accepted_reports()
    {
        // Straight from the tables: a fact is published when a report of its program, year and period is accepted.
        var expected = await QueryAsync("""
            select p.registry_code, i.code, v.year, v.period, v.planned, v.planned_upper,
                   case when exists (select 1 from progress_reports r where r.program_id = p.id and r.year = v.year and r.period = v.period
                                     and r.status = 'Accepted') then v.actual end
            from indicator_values v join indicators i on i.id = v.indicator_id join programs p on p.id = i.program_id
            where p.registry_code in ('04', 'ALX-MP-04', 'KPS-PM-2022', 'KZH-MP-01')
            """, r => $"{r.GetString(0)}|{r.GetString(1)}|{r.GetInt32(2)}|{r.GetString(3)}|{Dec(r, 4)}|{Dec(r, 5)}|{Dec(r, 6)}");
        expected.Should().Contain(e => e.StartsWith("KPS-PM-2022|") && e.Contains("|HalfYear|") && e.EndsWith("|"),
            "the Копейск half-year facts stay unpublished while the report is only submitted");

        var csv = Rows((await CsvAsync("indicators")).Records).Select(r =>
            $"{r["registry_code"]}|{r["indicator_code"]}|{r["year"]}|{r["period"]}|{Number(r["planned"])}|{Number(r["planned_upper"])}|{Number(r["actual"])}");
        csv.Should().BeEquivalentTo(expected);
        var json = (await JsonAsync("indicators")).Select(o =>
            $"{o["registry_code"].GetString()}|{o["indicator_code"].GetString()}|{o["year"].GetInt32()}|{o["period"].GetString()}|{Number(o["planned"])}|{Number(o["planned_upper"])}|{Number(o["actual"])}");
        json.Should().BeEquivalentTo(expected);
    }

    private static string Dec(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? "" : (r.GetDecimal(i) / 1.0000000000000000000000000000m).ToString(CultureInfo.CurrentCulture);

    [Fact]
    public async Task The_funding_file_sums_the_plan_and_the_accepted_execution_by_source()
    {
        var expected = await QueryAsync("""
            select p.registry_code, f.year, f.period, f.source, sum(f.planned),
                   case when exists (select 1 from progress_reports r where r.program_id = p.id and r.year = f.year and r.period = f.period
                                     and r.status = 'Accepted') then sum(f.actual) end
            from funding_lines f join programs p on p.id = f.program_id
            where p.registry_code in ('04', 'ALX-MP-04', 'KPS-PM-2022', 'KZH-MP-01')
            group by p.id, p.registry_code, f.year, f.period, f.source
            """, r => $"{r.GetString(0)}|{r.GetInt32(1)}|{r.GetString(2)}|{r.GetString(3)}|{Dec(r, 4)}|{Dec(r, 5)}");
        var csv = Rows((await CsvAsync("funding")).Records);
        csv.Select(r => $"{r["registry_code"]}|{r["year"]}|{r["period"]}|{r["source"]}|{Number(r["planned"])}|{Number(r["actual"])}")
            .Should().BeEquivalentTo(expected);
        // docs/methodology.md § 13, Алексин 2024 section 3: областной 1 106 000,00 / 1 106 000,00, местный 9 526 100,00 / 9 484 548,91.
        csv.Where(r => r["registry_code"] == "ALX-MP-04" && r["year"] == "2024" && r["period"] == "Year")
            .Select(r => (r["source"], r["planned"], r["actual"]))
            .Should().BeEquivalentTo([("Regional", "1106000", "1106000"), ("Local", "9526100", "9484548.91")]);
        var json = await JsonAsync("funding");
        json.Select(o => $"{o["registry_code"].GetString()}|{o["year"].GetInt32()}|{o["period"].GetString()}|{o["source"].GetString()}|{Number(o["planned"])}|{Number(o["actual"])}")
            .Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task The_evaluations_file_has_the_accepted_reports_only_with_the_procedures_indices()
    {
        var csv = Rows((await CsvAsync("evaluations")).Records);
        csv.Select(r => (r["registry_code"], r["year"], r["period"]))
            .Should().BeEquivalentTo([("ALX-MP-04", "2024", "Year"), ("04", "2021", "Year"), ("KZH-MP-01", "2023", "Year")]);
        var aleksin = csv.Single(r => r["registry_code"] == "ALX-MP-04");
        // docs/methodology.md § 13: Ip = 40,0767281059 / 37 = 1,0831548137; Ie = 10 590 548,91 × Ip / 10 632 100,00 = 1,0789217588.
        Math.Round(Number(aleksin["result_index"])!.Value, 7).Should().Be(1.0831548m);
        Math.Round(Number(aleksin["efficiency_index"])!.Value, 7).Should().Be(1.0789218m);
        aleksin["grade"].Should().Be("High");
        (aleksin["planned_funding"], aleksin["actual_funding"]).Should().Be(("10632100", "10590548.91"));
        csv.Single(r => r["registry_code"] == "KZH-MP-01")["accepted_at"].Should().Be("2024-03-28T07:30:00Z");
        var json = await JsonAsync("evaluations");
        json.Single(o => o["registry_code"].GetString() == "ALX-MP-04")["efficiency_index"].GetDecimal()
            .Should().Be(Number(aleksin["efficiency_index"])!.Value, "the JSON and the CSV say the same");
    }
}
