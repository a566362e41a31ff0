using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Municipalities;

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
        b.ComplexProperty(x => x.Methodology, m =>
        {
            m.Property(x => x.AchievementCap).HasPrecision(9, 4);
            m.Property(x => x.HighLower).HasPrecision(9, 4);
            m.Property(x => x.HighUpper).HasPrecision(9, 4);
            m.Property(x => x.PlannedLower).HasPrecision(9, 4);
            m.Property(x => x.WeightSumTolerance).HasPrecision(9, 6);
            m.Property(x => x.SuspiciousAchievement).HasPrecision(9, 4);
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
