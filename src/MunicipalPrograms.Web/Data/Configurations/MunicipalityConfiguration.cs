using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Municipalities;

namespace MunicipalPrograms.Web.Data.Configurations;

public class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> b)
    {
        b.ToTable("municipalities");
        b.Property(x => x.Code).HasMaxLength(Municipality.CodeMaxLength);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(500);
        b.Property(x => x.Region).HasMaxLength(200);
        b.ComplexProperty(x => x.BudgetNames);
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
    }
}
