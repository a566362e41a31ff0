using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Reports;

namespace MunicipalPrograms.Domain.Tests.Reports;

public sealed class ReportWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(3));
    private static readonly ReportCompleteness Complete = new(5, 5, []);
    private static readonly ReportCompleteness Incomplete = new(4, 5, [new MissingItem("Показатель 1: не указано фактическое значение.", "ind-1")]);

    [Fact]
    public void A_complete_draft_is_submitted_with_the_date()
    {
        var report = new ProgressReport();
        ReportWorkflow.Submit(report, Complete, Now).Done.Should().BeTrue();
        (report.Status, report.SubmittedAt).Should().Be((ReportStatus.Submitted, Now));
    }

    [Fact]
    public void An_incomplete_report_is_not_submitted_and_the_refusal_counts_what_is_missing()
    {
        var report = new ProgressReport();
        var result = ReportWorkflow.Submit(report, Incomplete, Now);
        result.Done.Should().BeFalse();
        result.Error.Should().Contain("осталось 1");
        report.Status.Should().Be(ReportStatus.Draft);
    }

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Accepted)]
    public void Only_a_draft_or_a_returned_report_can_be_submitted(ReportStatus status) =>
        ReportWorkflow.Submit(new ProgressReport { Status = status }, Complete, Now).Done.Should().BeFalse();

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Returning_needs_a_reason(string? reason)
    {
        var report = new ProgressReport { Status = ReportStatus.Submitted };
        ReportWorkflow.Return(report, reason).Error.Should().Contain("Укажите причину");
        report.Status.Should().Be(ReportStatus.Submitted);
    }

    [Fact]
    public void A_returned_report_carries_the_reason_and_accepting_clears_it()
    {
        var report = new ProgressReport { Status = ReportStatus.Submitted };
        ReportWorkflow.Return(report, " Нет подписи ").Done.Should().BeTrue();
        (report.Status, report.ReturnReason).Should().Be((ReportStatus.Returned, "Нет подписи"));
        ReportWorkflow.Accept(report, Now).Done.Should().BeFalse("a returned report must be resubmitted first");
        ReportWorkflow.Submit(report, Complete, Now).Done.Should().BeTrue();
        ReportWorkflow.Accept(report, Now).Done.Should().BeTrue();
        (report.Status, report.AcceptedAt, report.ReturnReason).Should().Be((ReportStatus.Accepted, Now, (string?)null));
    }

    [Fact]
    public void Reopening_an_accepted_report_needs_a_reason_and_returns_it_to_the_executor()
    {
        var report = new ProgressReport { Status = ReportStatus.Accepted, AcceptedAt = Now };
        ReportWorkflow.Reopen(report, "").Done.Should().BeFalse();
        ReportWorkflow.Reopen(report, "Уточнить факт").Done.Should().BeTrue();
        (report.Status, report.AcceptedAt, report.ReturnReason).Should().Be((ReportStatus.Returned, (DateTimeOffset?)null, "Уточнить факт"));
        ReportWorkflow.Reopen(new ProgressReport { Status = ReportStatus.Draft }, "x").Done.Should().BeFalse();
    }

    [Fact]
    public void An_extension_moves_the_deadline_and_the_overdue_marker()
    {
        var report = new ProgressReport { Year = 2024 };
        report.IsOverdue(new DateOnly(2025, 3, 20), ReportingCampaign.Default).Should().BeTrue();
        ReportWorkflow.Extend(report, new DateOnly(2025, 4, 1), new DateOnly(2025, 3, 20)).Done.Should().BeTrue();
        report.DeadlineUnder(ReportingCampaign.Default).Should().Be(new DateOnly(2025, 4, 1));
        report.IsOverdue(new DateOnly(2025, 3, 20), ReportingCampaign.Default).Should().BeFalse();
        ReportWorkflow.Extend(report, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 20)).Error.Should().Contain("в прошлом");
    }
}
