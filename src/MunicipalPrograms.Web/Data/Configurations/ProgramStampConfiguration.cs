using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Web.ProgramCache;

namespace MunicipalPrograms.Web.Data.Configurations;

/// <summary>The change counters of the programs (ProgramCache/ProgramStamp), written only by the database's triggers.</summary>
public sealed class ProgramStampConfiguration : IEntityTypeConfiguration<ProgramStamp>
{
    public void Configure(EntityTypeBuilder<ProgramStamp> e)
    {
        e.ToTable("program_stamps");
        e.HasKey(x => x.ProgramId);
        e.Property(x => x.ProgramId).ValueGeneratedNever();
    }
}
