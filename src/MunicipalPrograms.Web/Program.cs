using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Accounts;
using MunicipalPrograms.Web.Changes;
using MunicipalPrograms.Web.Data.DemoData;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;
using MunicipalPrograms.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

// «create-admin»: the same configuration and start-up (migrations), then one account and exit — no web server.
// Its own arguments are not configuration, so the builder gets none of them.
var createAdmin = CreateAdminCommand.IsRequested(args) ? CreateAdminCommand.Parse(args, Console.Error) : null;
if (CreateAdminCommand.IsRequested(args) && createAdmin is null) Environment.Exit(CreateAdminCommand.Refused);
var adminPassword = createAdmin is null ? null : CreateAdminCommand.ReadPassword(Console.Error);

var builder = WebApplication.CreateBuilder(createAdmin is null ? args : []);

// Logs: every string property is escaped and cut (SafeLogValues, last enricher); the file rolls daily and by size,
// and files older than Logging:RetainedDays are deleted (see docs/operations.md). Each host has its own logger (the static
// one stays the console's bootstrap logger): the tests run many hosts in one process, and two hosts that configured the
// shared static logger at once sent one host's lines to the other's file.
builder.Host.UseSerilog(preserveStaticLogger: true, configureLogger: (context, services, config) => config
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .Enrich.With<SafeLogValues>()
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
    .WriteTo.File(
        Path.Combine(context.Configuration["Logging:Folder"] ?? "logs", "portal-.log"),
        rollingInterval: RollingInterval.Day,
        fileSizeLimitBytes: context.Configuration.GetValue("Logging:FileSizeLimitMegabytes", 50L) * 1024 * 1024,
        rollOnFileSizeLimit: true,
        retainedFileCountLimit: null,
        retainedFileTimeLimit: TimeSpan.FromDays(context.Configuration.GetValue("Logging:RetainedDays", 30))));

// No connection string is in the tracked settings (no password in git): the run command, docker compose or the
// server's environment gives ConnectionStrings__Default (see docs/operations.md).
if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Default")))
{
    Log.Fatal("ConnectionStrings:Default is not configured: set the environment variable ConnectionStrings__Default (see docs/operations.md)");
    await Log.CloseAndFlushAsync();
    Environment.Exit(DatabaseStartup.DatabaseUnavailableExitCode);
}
var connectionString = DatabaseStartup.Tune(builder.Configuration.GetConnectionString("Default")!);
var countSqlQueries = builder.Configuration.GetValue("Diagnostics:CountSqlQueries", false);
builder.Services.AddScoped<SqlQueryCounter>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<SqlQueryCountingInterceptor>();
builder.Services.AddSingleton<ChangeWatch>();
builder.Services.AddSingleton<LocalWrites>();
if (builder.Configuration.GetValue(ChangeWatch.ListenSetting, true))
    builder.Services.AddHostedService(services => new ChangeListener(
        services.GetRequiredService<ChangeWatch>(), connectionString,
        TimeSpan.FromSeconds(builder.Configuration.GetValue(ChangeListener.RetrySecondsSetting, 1.0)),
        services.GetRequiredService<ILogger<ChangeListener>>()));
builder.Services.AddDbContextPool<AppDbContext>((services, o) =>
{
    o.UseNpgsql(connectionString);
    o.AddInterceptors(services.GetRequiredService<LocalWrites>());
    if (countSqlQueries) o.AddInterceptors(services.GetRequiredService<SqlQueryCountingInterceptor>());
});
builder.Services.AddScoped<DemoDataLoader>();
builder.Services.AddScoped<DemoProgramAmendment>();
builder.Services.AddScoped<MunicipalPrograms.Web.Queries.ProgramQueries>();
builder.Services.AddScoped<MunicipalPrograms.Web.Evaluation.EvaluationService>();
builder.Services.AddScoped<MunicipalPrograms.Web.Evaluation.EvaluationSummaries>();
builder.Services.AddSingleton(PortalClock.From(builder.Configuration));
builder.Services.AddSingleton<MunicipalPrograms.Web.ProgramCache.ProgramSnapshots>();
builder.Services.AddScoped<MunicipalPrograms.Web.ReportEntry.ReportPageService>();
builder.Services.AddScoped<MunicipalPrograms.Web.ReportEntry.ReportSaver>();
builder.Services.AddScoped<MunicipalPrograms.Web.Notifications.Notifier>();
builder.Services.AddScoped<MunicipalPrograms.Web.Notifications.NotificationInbox>();
builder.Services.AddSingleton<MunicipalPrograms.Web.Notifications.UnreadCounts>();
builder.Services.AddScoped<MunicipalPrograms.Web.Notifications.DeadlineReminders>();
if (builder.Configuration.GetValue<bool>(MunicipalPrograms.Web.Notifications.DeadlineReminderService.EnabledSetting))
    builder.Services.AddHostedService<MunicipalPrograms.Web.Notifications.DeadlineReminderService>();
builder.Services.Configure<MunicipalPrograms.Web.Email.EmailOptions>(builder.Configuration.GetSection(MunicipalPrograms.Web.Email.EmailOptions.Section));
builder.Services.Configure<MunicipalPrograms.Web.Email.NotificationOptions>(builder.Configuration.GetSection(MunicipalPrograms.Web.Email.NotificationOptions.Section));
builder.Services.AddSingleton<MunicipalPrograms.Web.Email.OutboxSender>();
builder.Services.AddScoped<MunicipalPrograms.Web.Email.NotificationHousekeeping>();
builder.Services.AddScoped<MunicipalPrograms.Web.Email.OutboxAdministration>();
builder.Services.AddHostedService<MunicipalPrograms.Web.Email.EmailBackgroundService>();
builder.Services.AddScoped<MunicipalPrograms.Web.ReportEntry.ReportWorkflowService>();
builder.Services.AddScoped<MunicipalPrograms.Web.Remarks.RemarkService>();
builder.Services.AddScoped<MunicipalPrograms.Web.ReportEntry.MyReportsQuery>();
builder.Services.AddScoped<MunicipalPrograms.Web.Dashboard.DashboardQuery>();
builder.Services.AddScoped<MunicipalPrograms.Web.Dashboard.ConclusionService>();
builder.Services.AddScoped<MunicipalPrograms.Web.Dashboard.TrendQuery>();
builder.Services.AddScoped<MunicipalPrograms.Web.ReportEntry.ReportHistoryQuery>();
builder.Services.AddScoped<MunicipalPrograms.Web.Spreadsheets.ReportActuals.ActualsImportService>();
builder.Services.AddScoped<MunicipalPrograms.Web.Spreadsheets.ProgramPlan.PlanImportService>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramEditing.PlanApplier>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramEditing.ProgramDraftService>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramEditing.DraftPageLoader>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramEditing.SameWordingCheck>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramRegistry.ProgramRegistryQuery>();
builder.Services.AddScoped<MunicipalPrograms.Web.OpenData.OpenDataQueries>();
builder.Services.AddScoped<MunicipalPrograms.Web.PublicSite.PublicQueries>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramRegistry.ProgramCreation>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramEditing.Grids.PlanGridService>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramEditing.Versions.ProgramLifecycleService>();
builder.Services.AddScoped<MunicipalPrograms.Web.ProgramEditing.Versions.ProgramVersionQueries>();
builder.Services.AddScoped<MunicipalPrograms.Web.Administration.MunicipalityAdministration>();
builder.Services.AddScoped<MunicipalPrograms.Web.Administration.SettingsAdministration>();
builder.Services.AddScoped<MunicipalPrograms.Web.Administration.DepartmentAdministration>();
builder.Services.AddScoped<MunicipalPrograms.Web.Administration.UserAdministration>();
builder.Services.AddScoped<MunicipalPrograms.Web.Administration.UserDirectory>();
builder.Services.AddReportForms(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddPortalIdentity();
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddPortalKeyRing();
builder.Services.AddPublicHost(builder.Configuration);
builder.Services.AddPortalCookies();
// Every unsafe request (POST) must carry the antiforgery token of the form it came from.
// A POST that fails the check answers the Russian «Форма устарела» page, not an empty 400 (StaleFormFilter).
builder.Services.AddControllersWithViews(o =>
{
    o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
    o.Filters.Add(new MunicipalPrograms.Web.StaleForms.StaleFormFilter());
    MunicipalPrograms.Web.Infrastructure.RouteValuesFirst.Apply(o);
    MunicipalPrograms.Web.Presentation.RussianBindingMessages.Apply(o.ModelBindingMessageProvider);
});
// Cyrillic is written as is, not as &#x...; entities: pages stay readable and half the size. Markup is still encoded.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

if (!await DatabaseStartup.PrepareAsync(app))
{
    await Log.CloseAndFlushAsync();
    Environment.Exit(DatabaseStartup.DatabaseUnavailableExitCode);
}

if (createAdmin is not null)
{
    int exitCode;
    using (var scope = app.Services.CreateScope())
        exitCode = await createAdmin.RunAsync(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>(),
            adminPassword, Console.Out, Console.Error, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("CreateAdmin"));
    await Log.CloseAndFlushAsync();
    Environment.Exit(exitCode);
}

PortalKeyRing.Load(app.Services); // while the database is up: a later outage still reads cookies and renders pages

if (app.Services.GetRequiredService<TimeProvider>() is ShiftedTimeProvider shifted)
    app.Logger.LogWarning("The clock is moved by {Setting}: today is {Today:yyyy-MM-dd}", PortalClock.TodaySetting, shifted.Today());

// The portal's one Russian culture (Domain.Common.RuFormat), so anything formatted implicitly reads as the rest.
app.UseForwardedHeaders(); // believes only ForwardedHeaders:KnownProxies (PublicHost)
app.UseSecurityHeaders(); // first: error pages, 404s, static files and /health carry them too
var russian = RuFormat.Culture;
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(russian),
    SupportedCultures = [russian],
    SupportedUICultures = [russian],
});
// The friendly Russian error page in every environment (the README's commands run Production; a developer's
// Development run too): no user should ever see a stack trace (it is in the log).
app.UseExceptionHandler("/Error");
app.UseDatabaseUnavailablePage(); // a database outage is a 503 with Retry-After, not a 500
// HSTS only reaches a browser over HTTPS (behind the reverse proxy, docs/operations.md), and never for localhost or
// 127.0.0.1 (the middleware's excluded hosts), so the run command's plain http on loopback keeps working.
if (!app.Environment.IsDevelopment()) app.UseHsts();
app.UseStatusCodePagesWithReExecute("/Error/{0}");
// The host's logger: the static one is only the console's bootstrap logger (preserveStaticLogger above).
app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
if (countSqlQueries) app.UseSqlQueryCountHeader();
app.UseStaticFiles();
app.UseRouting();
app.UseSignInRateLimits(); // before authentication: a flood of sign-ins costs no database work
app.UseAuthentication();
app.UseSessionStoreUnavailablePage();
app.UsePasswordChangeGate(); // a one-time password: nothing but changing it
app.UseAuthorization();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

app.Logger.LogInformation("Portal listening on {Urls}", string.Join(", ", app.Urls.DefaultIfEmpty(builder.Configuration["urls"] ?? "")));
await app.RunAsync();

/// <summary>The entry point; public so that WebApplicationFactory can start the portal in tests.</summary>
public partial class Program;
