using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Web.Data.Configurations;

public class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public const int BudgetNamesMaxLength = 200;

    private static void Signatories(ComplexPropertyBuilder<Signatory> s)
    {
        s.Property(x => x.Position).HasMaxLength(Signatory.MaxLength);
        s.Property(x => x.Name).HasMaxLength(Signatory.MaxLength);
    }

    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.ToTable("municipalities");
        b.Property(x => x.Code).HasMaxLength(Municipality.CodeMaxLength);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(Municipality.NameMaxLength);
        b.Property(x => x.Region).HasMaxLength(Municipality.RegionMaxLength);
        b.Property(x => x.TimeZoneId).HasMaxLength(64).HasDefaultValue(Municipality.DefaultTimeZone);
        b.ComplexProperty(x => x.BudgetNames, n =>
        {
            foreach (var name in new[] { nameof(BudgetNames.Federal), nameof(BudgetNames.Regional), nameof(BudgetNames.Local),
                         nameof(BudgetNames.Settlements), nameof(BudgetNames.ExtraBudgetary) })
                n.Property<string>(name).HasMaxLength(BudgetNamesMaxLength);
        });
        b.ComplexProperty(x => x.Head, Signatories);
        b.ComplexProperty(x => x.FinanceHead, Signatories);
        b.ComplexProperty(x => x.Campaign, c =>
        {
            // Defaults in the database too: existing municipalities keep the dates the portal always used.
            var d = ReportingCampaign.Default;
            c.Property(x => x.AnnualDeadlineMonth).HasDefaultValue(d.AnnualDeadlineMonth);
            c.Property(x => x.AnnualDeadlineDay).HasDefaultValue(d.AnnualDeadlineDay);
            c.Property(x => x.Quarter1InUse).HasDefaultValue(true);
            c.Property(x => x.HalfYearInUse).HasDefaultValue(true);
            c.Property(x => x.NineMonthsInUse).HasDefaultValue(true);
            c.Property(x => x.Quarter1DeadlineDays).HasDefaultValue(d.Quarter1DeadlineDays);
            c.Property(x => x.HalfYearDeadlineDays).HasDefaultValue(d.HalfYearDeadlineDays);
            c.Property(x => x.NineMonthsDeadlineDays).HasDefaultValue(d.NineMonthsDeadlineDays);
        });
        b.HasMany(x => x.Departments).WithOne().HasForeignKey(d => d.MunicipalityId);
    }
}

public class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.Property(x => x.Code).HasMaxLength(Department.CodeMaxLength);
        b.HasIndex(x => new { x.MunicipalityId, x.Code }).IsUnique();
        b.Property(x => x.Name).HasMaxLength(1000);
        b.Property(x => x.ShortName).HasMaxLength(300);
        b.Ignore(x => x.DisplayName);
        b.Ignore(x => x.IsClosed);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class MethodologyVersionConfiguration : IEntityTypeConfiguration<MethodologyVersion>
{
    public void Configure(EntityTypeBuilder<MethodologyVersion> b)
    {
        b.ToTable("methodology_versions", t => t.HasCheckConstraint("ck_methodology_versions_year",
            $"effective_from_year BETWEEN {MethodologyVersion.FirstYear} AND {MethodologyVersion.LastYear}"));
        b.HasOne<Municipality>().WithMany(x => x.MethodologyVersions).HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MunicipalityId, x.EffectiveFromYear });
        b.Property(x => x.ChangedBy).HasMaxLength(256);
        // The precisions the settings had as columns of municipalities.
        b.ComplexProperty(x => x.Settings, m =>
        {
            m.Property(x => x.AchievementCap).HasPrecision(9, 4);
            m.Property(x => x.HighLower).HasPrecision(9, 4);
            m.Property(x => x.HighUpper).HasPrecision(9, 4);
            m.Property(x => x.PlannedLower).HasPrecision(9, 4);
            m.Property(x => x.WeightSumTolerance).HasPrecision(9, 6);
            m.Property(x => x.SuspiciousAchievement).HasPrecision(9, 4);
        });
    }
}
