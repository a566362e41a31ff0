using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Web.ReportEntry;

namespace MunicipalPrograms.Web.Data.Configurations;

public class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("progress_reports", t =>
        {
            t.HasCheckConstraint("ck_progress_reports_year", "year BETWEEN 1990 AND 2100");
            t.HasCheckConstraint("ck_progress_reports_additional_criteria_size",
                $"length(additional_criteria::text) <= {ReportTextLimits.AdditionalCriteriaJson}");
        });
        b.Property(x => x.Narrative).HasMaxLength(ReportTextLimits.Narrative);
        b.Property(x => x.SignatoryName).HasMaxLength(ReportTextLimits.Person);
        b.Property(x => x.SignatoryPosition).HasMaxLength(ReportTextLimits.Person);
        b.Property(x => x.ContactName).HasMaxLength(ReportTextLimits.Person);
        b.Property(x => x.ContactPhone).HasMaxLength(ReportTextLimits.Phone);
        b.Property(x => x.ReturnReason).HasMaxLength(ReportTextLimits.WorkflowReason);
        b.HasIndex(x => new { x.ProgramId, x.Year, x.Period }).IsUnique();
        // The periods with reports (EvaluationService.PeriodsAsync) by a skip scan.
        b.HasIndex(x => new { x.Year, x.Period });
        b.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        b.Ignore(x => x.ReportingPeriod);
        // Restrict: a version an accepted report was evaluated with is never deleted.
        b.HasOne<MunicipalPrograms.Domain.Scoring.MethodologyVersion>().WithMany().HasForeignKey(x => x.MethodologyVersionId).OnDelete(DeleteBehavior.Restrict);
        // Free-form, rarely queried: one jsonb column keeps the Appendix 9 criteria together.
        b.OwnsOne(x => x.AdditionalCriteria, a =>
        {
            a.ToJson("additional_criteria");
            a.OwnsMany(c => c.TargetGroups);
        });
        b.HasMany(x => x.Weights).WithOne().HasForeignKey(x => x.ReportId);
        b.HasMany(x => x.ActivityExecutions).WithOne().HasForeignKey(x => x.ReportId);
        b.HasMany(x => x.Remarks).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The finance department's remarks on values (ADR 0021): codes and invariant values, every state checked.</summary>
public class ValueRemarkConfiguration : IEntityTypeConfiguration<ValueRemark>
{
    public void Configure(EntityTypeBuilder<ValueRemark> b)
    {
        b.ToTable("value_remarks", t =>
        {
            t.HasCheckConstraint("ck_value_remarks_subject_known", "subject IN ('IndicatorValue', 'FundingLine', 'ActivityExecution')");
            t.HasCheckConstraint("ck_value_remarks_text_not_blank", "btrim(text) <> ''");
            t.HasCheckConstraint("ck_value_remarks_answer_not_blank", "answer IS NULL OR btrim(answer) <> ''");
            t.HasCheckConstraint("ck_value_remarks_answered", "(answer IS NULL) = (answered_by IS NULL) AND (answer IS NULL) = (answered_at IS NULL)");
            t.HasCheckConstraint("ck_value_remarks_closed", "(closed_by IS NULL) = (closed_at IS NULL)");
        });
        b.Property(x => x.Subject).HasMaxLength(30);
        b.Property(x => x.Text).HasMaxLength(ValueRemark.TextMaxLength);
        b.Property(x => x.Answer).HasMaxLength(ValueRemark.TextMaxLength);
        b.Property(x => x.AuthorUserName).HasMaxLength(ValueRemark.UserNameMaxLength);
        b.Property(x => x.AnsweredBy).HasMaxLength(ValueRemark.UserNameMaxLength);
        b.Property(x => x.ClosedBy).HasMaxLength(ValueRemark.UserNameMaxLength);
        b.Property(x => x.ValueAtRemark).HasMaxLength(ValueRemark.ValueMaxLength);
        b.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        b.Ignore(x => x.IsOpen);
        b.HasIndex(x => new { x.ReportId, x.Subject, x.SubjectId });
    }
}

public class ReportIndicatorWeightConfiguration : IEntityTypeConfiguration<ReportIndicatorWeight>
{
    public void Configure(EntityTypeBuilder<ReportIndicatorWeight> b)
    {
        b.ToTable("report_indicator_weights", t => t.HasCheckConstraint("ck_weight_range", "weight >= 0 AND weight <= 1"));
        b.HasKey(x => new { x.ReportId, x.IndicatorId });
        b.Property(x => x.Weight).HasPrecision(NumberColumns.Weight.Precision, NumberColumns.Weight.Scale);
        b.HasOne(x => x.Indicator).WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ReportActivityExecutionConfiguration : IEntityTypeConfiguration<ReportActivityExecution>
{
    public void Configure(EntityTypeBuilder<ReportActivityExecution> b)
    {
        b.ToTable("report_activity_executions");
        b.Property(x => x.Done).HasMaxLength(ReportTextLimits.ActivityText);
        b.Property(x => x.NotDoneReason).HasMaxLength(ReportTextLimits.ActivityText);
        b.Property(x => x.Problems).HasMaxLength(ReportTextLimits.ActivityText);
        b.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        b.HasIndex(x => new { x.ReportId, x.ActivityId }).IsUnique();
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}
