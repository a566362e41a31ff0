using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Web.Infrastructure;

namespace MunicipalPrograms.Web.Data.Configurations;

/// <summary>The notices waiting for the page after a redirect (Infrastructure/DatabaseTempDataProvider).</summary>
public sealed class TempDataConfiguration : IEntityTypeConfiguration<TempDataEntry>
{
    public void Configure(EntityTypeBuilder<TempDataEntry> e)
    {
        e.ToTable("temp_data");
        e.HasKey(x => x.Key);
        e.Property(x => x.Key).HasMaxLength(43);
        e.HasIndex(x => x.CreatedAt); // the clean-up of left-overs
    }
}
