using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Domain.Tests.Reports;

public sealed class ReportDeadlineTests
{
    [Fact]
    public void AnnualReportIsDueOn15MarchOfTheNextYear() =>
        ReportDeadline.For(ReportingPeriod.AnnualOf(2024)).Should().Be(new DateOnly(2025, 3, 15));

    [Fact]
    public void AnExtensionReplacesTheDeadline()
    {
        var report = new ProgressReport { Year = 2024, DeadlineOverride = new DateOnly(2025, 4, 1) };

        report.Deadline.Should().Be(new DateOnly(2025, 4, 1));
    }

    [Theory]
    [InlineData(ReportStatus.Draft, "2025-03-16", true)]
    [InlineData(ReportStatus.Returned, "2025-03-16", true)]
    [InlineData(ReportStatus.Draft, "2025-03-15", false)]
    [InlineData(ReportStatus.Submitted, "2025-04-01", false)]
    [InlineData(ReportStatus.Accepted, "2025-04-01", false)]
    public void OnlyAnUnsubmittedReportPastItsDeadlineIsOverdue(ReportStatus status, string today, bool overdue)
    {
        var report = new ProgressReport { Year = 2024, Status = status };

        report.IsOverdue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(overdue);
    }

    [Fact]
    public void InterimPeriodsHaveRussianCaptions() =>
        new ReportingPeriod(2022, PeriodKind.HalfYear).Caption().Should().Be("1 полугодие 2022 года");
}
