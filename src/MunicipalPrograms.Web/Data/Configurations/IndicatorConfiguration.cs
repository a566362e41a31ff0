using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Web.Data.Configurations;

public class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("indicators");
        b.Property(x => x.Code).HasMaxLength(30);
        b.HasIndex(x => new { x.ProgramId, x.Code }).IsUnique();
        b.Property(x => x.Unit).HasMaxLength(Indicator.UnitMaxLength);
        b.HasOne<Goal>().WithMany().HasForeignKey(x => x.GoalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Objective>().WithMany().HasForeignKey(x => x.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subprogram>().WithMany().HasForeignKey(x => x.SubprogramId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Values).WithOne().HasForeignKey(x => x.IndicatorId);
        b.HasOne(x => x.Passport).WithOne().HasForeignKey<IndicatorPassport>(x => x.IndicatorId);
    }
}

public class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> b)
    {
        b.ToTable("indicator_values");
        b.Property(x => x.DeviationReason).HasMaxLength(ReportEntry.ReportTextLimits.DeviationReason);
        b.HasIndex(x => new { x.IndicatorId, x.Year, x.Period }).IsUnique();
        // The periods with measured values (EvaluationService.PeriodsAsync) by a skip scan instead of reading every value.
        b.HasIndex(x => new { x.Year, x.Period }).HasFilter("actual IS NOT NULL").HasDatabaseName("ix_indicator_values_measured_periods");
        b.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        b.Ignore(x => x.ReportingPeriod);
    }
}

public class IndicatorPassportConfiguration : IEntityTypeConfiguration<IndicatorPassport>
{
    public void Configure(EntityTypeBuilder<IndicatorPassport> b)
    {
        b.ToTable("indicator_passports");
        b.HasMany(x => x.BaseMeasures).WithOne().HasForeignKey(x => x.PassportId);
    }
}

public class BaseMeasureConfiguration : IEntityTypeConfiguration<BaseMeasure>
{
    public void Configure(EntityTypeBuilder<BaseMeasure> b)
    {
        b.ToTable("base_measures", t =>
        {
            t.HasCheckConstraint("ck_base_measures_collection_method", "collection_method BETWEEN 1 AND 8");
            t.HasCheckConstraint("ck_base_measures_coverage", "coverage BETWEEN 1 AND 2");
        });
    }
}
