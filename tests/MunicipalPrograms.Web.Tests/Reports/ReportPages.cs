using System.Net;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Reports;

/// <summary>Addresses and ids of the Кожевниковский program's reports, used by the report tests.</summary>
public static class ReportPages
{
    public static Task<int> KozhevnikovoIdAsync(PortalFactory portal) => KozhevnikovoIdAsync(portal.CreateDbContext());

    public static async Task<int> KozhevnikovoIdAsync(AppDbContext context)
    {
        await using var db = context;
        return await db.Programs.Where(p => p.RegistryCode == "KZH-MP-01").Select(p => p.Id).SingleAsync();
    }

    public static async Task<int> AleksinIdAsync(PortalFactory portal)
    {
        await using var db = portal.CreateDbContext();
        return await db.Programs.Where(p => p.Municipality!.Code == "aleksin").Select(p => p.Id).SingleAsync();
    }

    /// <summary>The annual facts of a program's indicators for a year, in their order on the report page.</summary>
    public static Task<decimal?[]> ActualsAsync(PortalFactory portal, int id, int year) => ActualsAsync(portal.CreateDbContext(), id, year);

    public static async Task<decimal?[]> ActualsAsync(AppDbContext context, int id, int year)
    {
        await using var db = context;
        return await db.IndicatorValues
            .Where(v => v.Year == year && v.Period == PeriodKind.Year && db.Indicators.Any(i => i.Id == v.IndicatorId && i.ProgramId == id))
            .OrderBy(v => db.Indicators.Single(i => i.Id == v.IndicatorId).SortOrder).Select(v => v.Actual).ToArrayAsync();
    }

    public static string Edit(int id, int year) => $"/Reports/Edit/{id}?year={year}&period=Year";

    public static async Task<(string Html, HtmlForm Form)> OpenAsync(HttpClient client, int id, int year)
    {
        var response = await client.GetAsync(Edit(id, year));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        return (html, HtmlForm.Parse(html, "report-form"));
    }

    public static Task<HttpResponseMessage> SaveAsync(HttpClient client, int id, int year, HtmlForm form) =>
        client.PostAsync(Edit(id, year), form.Content());

    /// <summary>Posts a one-button workflow form (Submit, Accept…) with the page's token.</summary>
    public static Task<HttpResponseMessage> ActAsync(HttpClient client, string html, string url, Dictionary<string, string>? fields = null) =>
        client.PostFormAsync(url, html, fields ?? []);
}
