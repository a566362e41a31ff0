using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Data.Configurations;

public class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(x => x.Subject).HasMaxLength(30);
        b.Property(x => x.Field).HasMaxLength(AuditEntry.FieldMaxLength);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Reason).HasMaxLength(ReportEntry.ReportTextLimits.AuditReason);
        b.HasIndex(x => new { x.ReportId, x.At });
        b.HasIndex(x => new { x.Subject, x.SubjectId });
        // The log outlives nothing it describes: deleting a program takes its history with it.
        b.HasOne<MunicipalProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AdminLogConfiguration : IEntityTypeConfiguration<AdminLogEntry>
{
    public void Configure(EntityTypeBuilder<AdminLogEntry> b)
    {
        b.ToTable("admin_log");
        b.Property(x => x.Subject).HasMaxLength(30);
        b.Property(x => x.Field).HasMaxLength(AuditEntry.FieldMaxLength);
        b.Property(x => x.SubjectName).HasMaxLength(1000);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.HasIndex(x => new { x.MunicipalityId, x.At });
        b.HasOne<MunicipalPrograms.Domain.Municipalities.Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.FullName).HasMaxLength(300);
        b.Property(x => x.Position).HasMaxLength(300);
        b.HasOne<MunicipalPrograms.Domain.Municipalities.Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MunicipalPrograms.Domain.Municipalities.Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
