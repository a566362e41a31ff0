using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Web.Evaluation;

namespace MunicipalPrograms.Web.Data.Configurations;

/// <summary>The stored evaluation summaries (Evaluation/EvaluationSummary): derived, so no stamp trigger and no audit.</summary>
public sealed class EvaluationSummaryConfiguration : IEntityTypeConfiguration<EvaluationSummary>
{
    public void Configure(EntityTypeBuilder<EvaluationSummary> e)
    {
        e.ToTable("evaluation_summaries");
        e.HasKey(x => new { x.ProgramId, x.Year, x.Period });
        e.HasOne<MunicipalProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
        // Exactly the decimals the scoring computed: the lists sort by them and open data publishes them.
        foreach (var p in new[] { nameof(EvaluationSummary.ResultIndex), nameof(EvaluationSummary.EfficiencyIndex), nameof(EvaluationSummary.FederalEfficiency),
                     nameof(EvaluationSummary.PlannedFunding), nameof(EvaluationSummary.ActualFunding), nameof(EvaluationSummary.FundingPercent) })
        {
            var column = e.Property(p).HasColumnType("numeric").Metadata;
            column.SetPrecision(null); // the convention's numeric(18,4) of measured values would round them
            column.SetScale(null);
        }
    }
}
