using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Audit;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Funding;
using MunicipalPrograms.Domain.Indicators;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Domain.Programs;
using MunicipalPrograms.Domain.Reports;
using MunicipalPrograms.Domain.Scoring;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Data;

// Add a migration with:
//   dotnet tool restore && dotnet ef migrations add <Name> -p src/MunicipalPrograms.Web -o Data/Migrations
public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The data-protection key ring shared by every portal instance (Accounts/PortalKeyRing, ADR 0029).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<MunicipalPrograms.Web.Accounts.UserSession> UserSessions => Set<MunicipalPrograms.Web.Accounts.UserSession>();
    public DbSet<MunicipalPrograms.Web.Accounts.SignInAttempt> SignInAttempts => Set<MunicipalPrograms.Web.Accounts.SignInAttempt>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<MunicipalProgram> Programs => Set<MunicipalProgram>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<Objective> Objectives => Set<Objective>();
    public DbSet<Subprogram> Subprograms => Set<Subprogram>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<FundingLine> FundingLines => Set<FundingLine>();
    public DbSet<Amendment> Amendments => Set<Amendment>();
    public DbSet<ProgressReport> Reports => Set<ProgressReport>();
    public DbSet<ReportActivityExecution> ActivityExecutions => Set<ReportActivityExecution>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Domain.Notifications.Notification> Notifications => Set<Domain.Notifications.Notification>();
    public DbSet<Domain.Notifications.OutboxEmail> OutboxEmails => Set<Domain.Notifications.OutboxEmail>();
    public DbSet<ValueRemark> ValueRemarks => Set<ValueRemark>();
    public DbSet<ProgramConclusion> ProgramConclusions => Set<ProgramConclusion>();
    public DbSet<AdminLogEntry> AdminLog => Set<AdminLogEntry>();
    public DbSet<ProgramVersion> ProgramVersions => Set<ProgramVersion>();
    public DbSet<ProgramDraft> ProgramDrafts => Set<ProgramDraft>();
    public DbSet<MethodologyVersion> MethodologyVersions => Set<MethodologyVersion>();
    public DbSet<MunicipalPrograms.Web.Infrastructure.TempDataEntry> TempData => Set<MunicipalPrograms.Web.Infrastructure.TempDataEntry>();
    public DbSet<MunicipalPrograms.Web.ProgramCache.ProgramStamp> ProgramStamps => Set<MunicipalPrograms.Web.ProgramCache.ProgramStamp>();
    public DbSet<MunicipalPrograms.Web.Evaluation.EvaluationSummary> EvaluationSummaries => Set<MunicipalPrograms.Web.Evaluation.EvaluationSummary>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Enums are stored as readable strings (dotnet/eShop does the same): a DBA can read them.
        builder.Properties<FundingSource>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<MoneyUnit>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<PeriodKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ProgramStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<DepartmentKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ActivityKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<IndicatorKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<Direction>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<TargetKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ReportStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<WeightMode>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ProgramDecision>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<EfficiencyGrade>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ResourceKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ZeroDenominatorRule>().HaveConversion<string>().HaveMaxLength(30);
        builder.Properties<OfficialMethodology>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<DraftKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<DraftStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<Domain.Notifications.NotificationKind>().HaveConversion<string>().HaveMaxLength(30);
        builder.Properties<Domain.Notifications.EmailMode>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<Domain.Notifications.OutboxState>().HaveConversion<string>().HaveMaxLength(20);
        // Money and measured values: exact numeric, never floating point.
        builder.Properties<decimal>().HavePrecision(NumberColumns.Measured.Precision, NumberColumns.Measured.Scale);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
        EnumCheckConstraints.Apply(modelBuilder);
    }
}
