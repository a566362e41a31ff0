using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Web.Data.Configurations;

public class ProgramVersionConfiguration : IEntityTypeConfiguration<ProgramVersion>
{
    public void Configure(EntityTypeBuilder<ProgramVersion> b)
    {
        b.ToTable("program_versions");
        b.HasIndex(x => new { x.ProgramId, x.Number }).IsUnique();
        b.ComplexProperty(x => x.Act, LegalActMapping.Configure);
        b.Property(x => x.ApprovedBy).HasMaxLength(256);
        b.Property(x => x.PlanJson).HasColumnType("jsonb");
        b.HasOne<MunicipalProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ProgramDraftConfiguration : IEntityTypeConfiguration<ProgramDraft>
{
    public void Configure(EntityTypeBuilder<ProgramDraft> b)
    {
        b.ToTable("program_drafts");
        b.HasIndex(x => x.ProgramId).IsUnique(); // one open draft per program
        b.Property(x => x.PlanJson).HasColumnType("jsonb");
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.ReturnReason).HasMaxLength(4000);
        b.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        b.Ignore(x => x.IsEditable);
        b.HasOne<MunicipalProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
