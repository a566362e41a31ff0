using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Web.Data.Configurations;

public class FundingLineConfiguration : IEntityTypeConfiguration<FundingLine>
{
    public void Configure(EntityTypeBuilder<FundingLine> b)
    {
        b.ToTable("funding_lines", t => t.HasCheckConstraint("ck_funding_amounts_not_negative",
            "planned >= 0 AND (period_planned IS NULL OR period_planned >= 0) AND (actual IS NULL OR actual >= 0)"));
        // Amounts are in the municipality's money unit; scale 5 keeps kopecks exact in тыс. рублей.
        b.Property(x => x.Planned).HasPrecision(NumberColumns.Money.Precision, NumberColumns.Money.Scale);
        b.Property(x => x.PeriodPlanned).HasPrecision(NumberColumns.Money.Precision, NumberColumns.Money.Scale);
        b.Property(x => x.Actual).HasPrecision(NumberColumns.Money.Precision, NumberColumns.Money.Scale);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.ExecutorId).OnDelete(DeleteBehavior.Restrict);
        // One line per activity × year × period × source × executor. NULLS NOT DISTINCT (PostgreSQL 15)
        // makes "no executor" a value of its own, so the uniqueness also holds for unsplit lines.
        b.HasIndex(x => new { x.ActivityId, x.Year, x.Period, x.Source, x.ExecutorId }).IsUnique().AreNullsDistinct(false);
        b.HasIndex(x => new { x.ProgramId, x.Year });
        b.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
    }
}
