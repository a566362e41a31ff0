using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Web.Data.Configurations;

/// <summary>The finance department's conclusions (4.9): one per program and campaign, the decision as its code.</summary>
public class ProgramConclusionConfiguration : IEntityTypeConfiguration<ProgramConclusion>
{
    public void Configure(EntityTypeBuilder<ProgramConclusion> b)
    {
        b.ToTable("program_conclusions", t => t.HasCheckConstraint("ck_program_conclusions_text_not_blank", "btrim(text) <> ''"));
        b.Property(x => x.Text).HasMaxLength(ProgramConclusion.TextMaxLength);
        b.Property(x => x.AuthorUserName).HasMaxLength(ProgramConclusion.UserNameMaxLength);
        b.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        b.Ignore(x => x.ReportingPeriod);
        // The campaign's conclusions are read by (year, period) for all programs: the consolidated form and the dashboard.
        b.HasIndex(x => new { x.Year, x.Period, x.ProgramId }).IsUnique();
        b.HasOne<MunicipalProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
