using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Domain.Tests.Reports;

public sealed class ReportPlausibilityTests
{
    private static readonly ReportingPeriod Year2025 = ReportingPeriod.AnnualOf(2025);

    [Theory]
    [InlineData("2030-06-15", "Дата 15.06.2030 позже окончания отчетного периода (31.12.2025): проверьте ее.")]
    [InlineData("2026-01-01", "Дата 01.01.2026 позже окончания отчетного периода (31.12.2025): проверьте ее.")]
    [InlineData("2019-12-31", "Дата 31.12.2019 раньше начала программы (2020 год): проверьте ее.")]
    public void A_date_outside_the_program_and_the_period_is_questioned(string date, string question) =>
        ReportPlausibility.CompletionDateQuestion(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Year2025, 2020).Should().Be(question);

    [Theory]
    [InlineData("2025-12-31")]
    [InlineData("2020-01-01")]
    [InlineData("2024-03-10")]
    public void A_date_within_the_program_up_to_the_periods_last_day_is_not(string date) =>
        ReportPlausibility.CompletionDateQuestion(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Year2025, 2020).Should().BeNull();

    [Fact]
    public void An_interim_period_ends_on_its_own_last_day() =>
        ReportPlausibility.CompletionDateQuestion(new DateOnly(2025, 7, 1), new ReportingPeriod(2025, PeriodKind.HalfYear), 2020)
            .Should().Be("Дата 01.07.2025 позже окончания отчетного периода (30.06.2025): проверьте ее.");
}
