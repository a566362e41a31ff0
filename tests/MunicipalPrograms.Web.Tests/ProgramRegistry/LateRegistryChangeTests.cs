using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.ProgramRegistry;

/// <summary>The portal on 20 September 2026: after 15 September the registry is changed only with a flag (Procedure 3.3).</summary>
public sealed class PortalAfterSeptember15 : PortalFactory
{
    public static readonly DateOnly Day = new(2026, 9, 20);

    public override DateOnly Today => Day;
}

public sealed class LateRegistryChangeTests(PortalAfterSeptember15 portal) : IClassFixture<PortalAfterSeptember15>
{
    private const string Warning = "Изменение перечня муниципальных программ после 15 сентября 2026 года (п. 3.3 Порядка): изменение будет отмечено в перечне.";

    [Fact]
    public async Task The_form_warns_and_the_creation_still_happens_flagged()
    {
        var (client, page, form) = await ProgramCreationTests.OpenFormAsync(portal);
        page.Should().Contain(Warning);
        await ProgramCreationTests.FilledAsync(portal, form, "KZH-MP-LATE");
        form.Set("DueDate", "01.12.2026");

        var response = await client.PostAsync("/Programs/Create", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.CreateDbContext();
        var id = await db.Programs.Where(p => p.RegistryCode == "KZH-MP-LATE").Select(p => p.Id).SingleAsync();
        var audit = await db.AuditEntries.Where(a => a.ProgramId == id).OrderBy(a => a.Id).Select(a => new { a.Field, a.NewValue }).ToListAsync();
        audit.Select(a => (a.Field, a.NewValue)).Should().Equal(
            (AuditField.Created, "Развитие физической культуры и спорта в Кожевниковском районе"), (AuditField.LateRegistryChange, "true"));
        var details = await client.GetDecodedAsync(response.Headers.Location!.PathAndQueryOf());
        details.Should().Contain(Warning).And.Contain("Программа включена в перечень.");
        var registry = await client.GetDecodedAsync("/Programs");
        HtmlTable.RowWith(registry, "programs", "KZH-MP-LATE")[0].Should().Be("KZH-MP-LATE после 15.09");
        HtmlTable.RowWith(registry, "programs", "KZH-MP-01")[0].Should().Be("KZH-MP-01", "a demo program is not flagged");
    }

    [Fact]
    public async Task A_past_deadline_is_still_refused_after_15_september()
    {
        var (client, _, form) = await ProgramCreationTests.OpenFormAsync(portal);
        await ProgramCreationTests.FilledAsync(portal, form, "KZH-MP-LATE2");
        form.Set("DueDate", "01.06.2026");

        var response = await client.PostAsync("/Programs/Create", form.Content());

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.Should().Contain("Срок представления проекта не может быть в прошлом: сегодня 20.09.2026.").And.Contain(Warning);
    }
}
