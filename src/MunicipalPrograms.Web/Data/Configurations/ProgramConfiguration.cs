using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Web.Data.Configurations;

public class ProgramConfiguration : IEntityTypeConfiguration<MunicipalProgram>
{
    public void Configure(EntityTypeBuilder<MunicipalProgram> b)
    {
        b.ToTable("programs", t => t.HasCheckConstraint("ck_programs_years",
            "start_year BETWEEN 1990 AND 2100 AND (end_year IS NULL OR end_year BETWEEN start_year AND 2100)"));
        b.Property(x => x.RegistryCode).HasMaxLength(MunicipalProgram.RegistryCodeMaxLength);
        b.HasIndex(x => new { x.MunicipalityId, x.RegistryCode }).IsUnique();
        b.Property(x => x.Name).HasMaxLength(MunicipalProgram.NameMaxLength);
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ResponsibleExecutor).WithMany().HasForeignKey(x => x.ResponsibleExecutorId).OnDelete(DeleteBehavior.Restrict);
        b.ComplexProperty(x => x.ApprovingAct, LegalActMapping.Configure);
        b.HasMany(x => x.CoExecutors).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.Subprograms).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.Activities).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.FundingLines).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.Amendments).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.CapitalObjects).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.ResourceNeeds).WithOne().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.Reports).WithOne().HasForeignKey(x => x.ProgramId);
    }
}

internal static class LegalActMapping
{
    public static void Configure(ComplexPropertyBuilder<LegalAct> a)
    {
        a.Property(x => x.Kind).HasMaxLength(LegalAct.KindMaxLength);
        a.Property(x => x.Issuer).HasMaxLength(LegalAct.IssuerMaxLength);
        a.Property(x => x.Number).HasMaxLength(LegalAct.NumberMaxLength);
    }
}

public class ProgramCoExecutorConfiguration : IEntityTypeConfiguration<ProgramCoExecutor>
{
    public void Configure(EntityTypeBuilder<ProgramCoExecutor> b)
    {
        b.ToTable("program_co_executors");
        b.HasKey(x => new { x.ProgramId, x.DepartmentId });
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> b)
    {
        b.ToTable("goals");
        b.Property(x => x.Code).HasMaxLength(20);
        b.HasIndex(x => new { x.ProgramId, x.Code }).IsUnique();
        b.HasOne<Subprogram>().WithMany().HasForeignKey(x => x.SubprogramId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Objectives).WithOne(o => o.Goal).HasForeignKey(o => o.GoalId);
    }
}

public class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> b)
    {
        b.ToTable("objectives");
        b.Property(x => x.Code).HasMaxLength(20);
        b.HasIndex(x => new { x.GoalId, x.Code }).IsUnique();
    }
}

public class SubprogramConfiguration : IEntityTypeConfiguration<Subprogram>
{
    public void Configure(EntityTypeBuilder<Subprogram> b)
    {
        b.ToTable("subprograms");
        b.Property(x => x.Code).HasMaxLength(20);
        b.HasIndex(x => new { x.ProgramId, x.Code }).IsUnique();
        b.HasOne(x => x.ResponsibleExecutor).WithMany().HasForeignKey(x => x.ResponsibleExecutorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.ToTable("activities");
        b.Property(x => x.Code).HasMaxLength(30);
        b.Property(x => x.StructureCode).HasMaxLength(30);
        b.HasIndex(x => new { x.ProgramId, x.Code }).IsUnique();
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Objective).WithMany().HasForeignKey(x => x.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Subprogram>().WithMany().HasForeignKey(x => x.SubprogramId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Executors).WithOne().HasForeignKey(x => x.ActivityId);
        b.HasMany(x => x.ExpectedResults).WithOne().HasForeignKey(x => x.ActivityId);
    }
}

public class ActivityExecutorConfiguration : IEntityTypeConfiguration<ActivityExecutor>
{
    public void Configure(EntityTypeBuilder<ActivityExecutor> b)
    {
        b.ToTable("activity_executors");
        b.HasKey(x => new { x.ActivityId, x.DepartmentId });
        b.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ActivityYearResultConfiguration : IEntityTypeConfiguration<ActivityYearResult>
{
    public void Configure(EntityTypeBuilder<ActivityYearResult> b)
    {
        b.ToTable("activity_year_results");
        b.HasIndex(x => new { x.ActivityId, x.Year });
    }
}

public class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> b)
    {
        b.ToTable("amendments");
        b.ComplexProperty(x => x.Act, LegalActMapping.Configure);
    }
}

public class CapitalConstructionObjectConfiguration : IEntityTypeConfiguration<CapitalConstructionObject>
{
    public void Configure(EntityTypeBuilder<CapitalConstructionObject> b)
    {
        b.ToTable("capital_construction_objects", t => t.HasCheckConstraint("ck_capital_costs_not_negative",
            "COALESCE(estimated_cost_design_prices, 0) >= 0 AND COALESCE(estimated_cost_base_prices, 0) >= 0"
            + " AND COALESCE(remaining_design_prices, 0) >= 0 AND COALESCE(remaining_base_prices, 0) >= 0"));
        // Money, like funding lines: scale 5 keeps kopecks exact in тыс. рублей.
        b.Property(x => x.EstimatedCostDesignPrices).HasPrecision(NumberColumns.Money.Precision, NumberColumns.Money.Scale);
        b.Property(x => x.EstimatedCostBasePrices).HasPrecision(NumberColumns.Money.Precision, NumberColumns.Money.Scale);
        b.Property(x => x.RemainingDesignPrices).HasPrecision(NumberColumns.Money.Precision, NumberColumns.Money.Scale);
        b.Property(x => x.RemainingBasePrices).HasPrecision(NumberColumns.Money.Precision, NumberColumns.Money.Scale);
        b.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ResourceNeedConfiguration : IEntityTypeConfiguration<ResourceNeed>
{
    public void Configure(EntityTypeBuilder<ResourceNeed> b) =>
        b.ToTable("resource_needs", t => t.HasCheckConstraint("ck_resource_amount_not_negative", "amount >= 0"));
}
