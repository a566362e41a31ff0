using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Domain.Tests.Plans;

public sealed class PlanRulesTests
{
    [Theory]
    [InlineData(2024, 2028, null)]   // 2024..2028: five years (1.8)
    [InlineData(2021, 2026, 2026)]
    [InlineData(2021, 2028, 2026)]   // extended by two years: the most allowed
    public void A_period_of_five_years_and_an_extension_of_two_pass(int start, int end, int? approvedEnd) =>
        PlanRules.Period(start, end, approvedEnd).Should().BeEmpty();

    [Fact]
    public void A_four_year_period_is_refused_next_to_the_end_year()
    {
        var messages = PlanRules.Period(2024, 2027, null).ToList();

        messages.Should().ContainSingle().Which.Should().Be(new RuleMessage("EndYear",
            "Срок реализации программы — не менее 5 лет (п. 1.8 Порядка): 2024–2028 и дольше."));
    }

    [Fact]
    public void An_extension_of_three_years_is_refused()
    {
        var messages = PlanRules.Period(2021, 2029, 2026).ToList();

        messages.Should().ContainSingle().Which.Message.Should().Be(
            "Срок можно продлить не более чем на 2 года сверх утвержденного (2026): не позднее 2028 года (п. 1.8).");
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        PlanRules.Period(2026, 2024, null).Should().ContainSingle().Which.Message.Should().Be("Год окончания не может быть раньше года начала.");
    }

    [Theory]
    [InlineData("2026-09-15", false)]
    [InlineData("2026-09-16", true)]
    [InlineData("2026-01-10", false)]
    public void A_registry_change_after_15_September_is_flagged(string today, bool flagged)
    {
        var message = PlanRules.RegistryChange(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        (message is { IsWarning: true }).Should().Be(flagged);
    }

    [Fact]
    public void The_same_wording_in_another_program_is_warned_about_with_that_program()
    {
        var plan = new ProgramPlan
        {
            Goals = [new PlanGoal { Key = 1, Code = "2", Name = "Повышение  качества услуг." }],
            Indicators = [new PlanIndicator { Key = 2, Name = "Доля граждан" }],
        };
        OtherProgramWording[] others =
        [
            new("MP-7", "Развитие образования", PlanArea.Goal, "повышение качества услуг"),
            new("MP-8", "Культура", PlanArea.Goal, "Доля граждан"), // same words, but a goal there and an indicator here
        ];

        var messages = PlanRules.SameWordingElsewhere(plan, others).ToList();

        messages.Should().ContainSingle();
        messages[0].Field.Should().Be("Goals[0].Name");
        messages[0].IsWarning.Should().BeTrue();
        messages[0].Message.Should().StartWith("Цель 2: такая же формулировка есть в программе «Развитие образования» (код MP-7)");
    }
}
