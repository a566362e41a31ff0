using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Infrastructure;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>The methodology screen: the versions saved so far (newest first) and the form.</summary>
public sealed record MethodologyPage(Municipality Municipality, IReadOnlyList<MethodologyVersion> Versions, MethodologyForm Form);

/// <summary>The reporting campaign screen.</summary>
public sealed record CampaignPage(Municipality Municipality, CampaignForm Form);

/// <summary>
/// A municipality's methodology settings (a new version per change, never an edit) and its reporting campaign. The caller
/// has checked the administrator covers the municipality. Every change goes to the administration log.
/// </summary>
public sealed class SettingsAdministration(AppDbContext db, TimeProvider clock)
{
    /// <summary>The page with the form filled from the settings in effect for the campaign under way.</summary>
    public async Task<MethodologyPage> MethodologyPageAsync(Municipality m, MethodologyForm? form, CancellationToken ct)
    {
        var versions = await db.MethodologyVersions.AsNoTracking().Where(v => v.MunicipalityId == m.Id)
            .OrderByDescending(v => v.EffectiveFromYear).ThenByDescending(v => v.Id).ToListAsync(ct);
        var year = Domain.Common.ReportingPeriod.CampaignOn(clock.Today()).Year;
        form ??= MethodologyForm.From(MethodologyVersion.InEffect(versions, year)?.Settings ?? MethodologySettings.Default, year);
        return new MethodologyPage(m, versions, form);
    }

    /// <returns>The new version, or null with the messages in <paramref name="errors"/> (nothing saved).</returns>
    public async Task<MethodologyVersion?> SaveMethodologyAsync(Municipality m, MethodologyForm form, string userName, FormErrors errors, CancellationToken ct)
    {
        if (form.Read(errors) is not var (settings, year)) return null;
        var versions = await db.MethodologyVersions.AsNoTracking().Where(v => v.MunicipalityId == m.Id).ToListAsync(ct);
        var before = MethodologyVersion.InEffect(versions, year)?.Settings ?? MethodologySettings.Default;
        var now = clock.GetUtcNow();
        var version = new MethodologyVersion { MunicipalityId = m.Id, EffectiveFromYear = year, Settings = settings, ChangedAt = now, ChangedBy = userName };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.MethodologyVersions.Add(version);
        await db.SaveChangesAsync(ct);
        var subject = $"{m.Name}: методика с {year} года";
        db.AdminLog.Add(AdminLog.Action(m.Id, AdminSubjects.Methodology, version.Id, subject, AdminSubjects.Created,
            year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, userName, now));
        db.AdminLog.AddRange(AdminLog.Changes(m.Id, AdminSubjects.Methodology, version.Id, subject,
            MethodologyForm.Fields(before), MethodologyForm.Fields(settings), userName, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return version;
    }

    /// <returns>True when saved; false with the messages in <paramref name="errors"/> (nothing saved).</returns>
    public async Task<bool> SaveCampaignAsync(int municipalityId, CampaignForm form, string userName, FormErrors errors, CancellationToken ct)
    {
        if (form.Read(errors) is not { } campaign) return false;
        var m = await db.Municipalities.SingleAsync(x => x.Id == municipalityId, ct);
        var before = CampaignForm.Fields(m.Campaign);
        m.Campaign = campaign;
        db.AdminLog.AddRange(AdminLog.Changes(m.Id, AdminSubjects.Campaign, m.Id, m.Name, before, CampaignForm.Fields(campaign), userName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct); // one SaveChanges: the settings and their log entries together
        return true;
    }
}
