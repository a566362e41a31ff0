using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Domain.Tests.Reports;

public sealed class ReportingCampaignTests
{
    private static readonly ReportingCampaign Default = ReportingCampaign.Default;

    [Fact]
    public void AnnualReportIsDueOn15MarchOfTheNextYear() =>
        Default.DeadlineOf(ReportingPeriod.AnnualOf(2024)).Should().Be(new DateOnly(2025, 3, 15));

    [Fact]
    public void InterimReportsAreDue20DaysAfterThePeriodEndsByDefault()
    {
        // 31.03 + 20 = 20.04; 30.06 + 20 = 20.07; 30.09 + 20 = 20.10 (the dates the portal used before the setting).
        Default.DeadlineOf(new ReportingPeriod(2022, PeriodKind.Quarter1)).Should().Be(new DateOnly(2022, 4, 20));
        Default.DeadlineOf(new ReportingPeriod(2022, PeriodKind.HalfYear)).Should().Be(new DateOnly(2022, 7, 20));
        Default.DeadlineOf(new ReportingPeriod(2022, PeriodKind.NineMonths)).Should().Be(new DateOnly(2022, 10, 20));
    }

    [Fact]
    public void AMunicipalitysOwnDatesReplaceTheDefaults()
    {
        var campaign = new ReportingCampaign { AnnualDeadlineMonth = 3, AnnualDeadlineDay = 1, HalfYearDeadlineDays = 30, Quarter1InUse = false };

        campaign.DeadlineOf(ReportingPeriod.AnnualOf(2024)).Should().Be(new DateOnly(2025, 3, 1));
        campaign.DeadlineOf(new ReportingPeriod(2024, PeriodKind.HalfYear)).Should().Be(new DateOnly(2024, 7, 30)); // 30.06 + 30
        campaign.InUse(PeriodKind.Quarter1).Should().BeFalse();
        campaign.InUse(PeriodKind.Year).Should().BeTrue();
    }

    [Fact]
    public void ImpossibleDatesAndDayCountsAreNamedByField()
    {
        new ReportingCampaign { AnnualDeadlineMonth = 2, AnnualDeadlineDay = 29, NineMonthsDeadlineDays = 0 }.Validate()
            .Select(e => e.Field).Should().Equal(nameof(ReportingCampaign.AnnualDeadlineDay), nameof(ReportingCampaign.NineMonthsDeadlineDays));
        Default.Validate().Should().BeEmpty();
    }

    [Fact]
    public void AnExtensionReplacesTheDeadline()
    {
        var report = new ProgressReport { Year = 2024, DeadlineOverride = new DateOnly(2025, 4, 1) };

        report.DeadlineUnder(Default).Should().Be(new DateOnly(2025, 4, 1));
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

        report.IsOverdue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Default).Should().Be(overdue);
    }

    [Fact]
    public void InterimPeriodsHaveRussianCaptions() =>
        new ReportingPeriod(2022, PeriodKind.HalfYear).Caption().Should().Be("1 полугодие 2022 года");
}
