using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Domain.Tests.Plans;

public sealed class PlanDiffTests
{
    /// <summary>A two-activity plan: indicator 10 planned 50 (2025) and 60 (2026); activity 20 funded 100 + 40, activity 21 funded 10 in 2025.</summary>
    private static ProgramPlan Before() => new()
    {
        Passport = new PlanPassport { Name = "Развитие культуры", RegistryCode = "MP-1", StartYear = 2024, EndYear = 2028, ResponsibleExecutorId = 1 },
        Goals = [new PlanGoal { Key = 1, Code = "1", Name = "Цель", Objectives = [new PlanObjective { Key = 2, Code = "1.1", Name = "Задача" }] }],
        Indicators =
        [
            new PlanIndicator
            {
                Key = 10, Code = "1", Name = "Число посещений", Unit = "тыс. чел.",
                Plans = [new PlanValue { Year = 2025, Planned = 50m }, new PlanValue { Year = 2026, Planned = 60m }],
            },
        ],
        Activities = [new PlanActivity { Key = 20, Code = "1.1", Name = "Ремонт клуба" }, new PlanActivity { Key = 21, Code = "1.2", Name = "Фестиваль" }],
        Funding =
        [
            new PlanFunding { ActivityKey = 20, Year = 2025, Source = FundingSource.Local, Planned = 100m },
            new PlanFunding { ActivityKey = 20, Year = 2025, Source = FundingSource.Regional, Planned = 40m },
            new PlanFunding { ActivityKey = 21, Year = 2025, Source = FundingSource.Local, Planned = 10m },
        ],
    };

    [Fact]
    public void Identical_plans_have_no_changes()
    {
        var diff = PlanDiff.Between(Before(), Before());

        diff.IsEmpty.Should().BeTrue();
        diff.Totals.Should().BeEmpty();
    }

    [Fact]
    public void The_diff_lists_exactly_the_changed_values_and_the_changed_totals()
    {
        var after = Before();
        after.Passport.EndYear = 2029;
        after.Indicators[0].Name = "Число посещений учреждений";
        after.Indicators[0].Plans[1].Planned = 65m;
        after.Funding[0].Planned = 120m;                  // activity 20, local 2025: 100 → 120
        after.Funding.RemoveAt(2);                         // activity 21, local 2025: 10 → none
        after.Activities.RemoveAt(1);
        after.Activities.Add(new PlanActivity { Key = after.NewKey(), Code = "1.3", Name = "Выставка" });

        var diff = PlanDiff.Between(Before(), after);

        diff.Changes.Select(c => (c.Area, c.Kind, c.Field, c.Period?.Year, c.Before, c.After)).Should().Equal(
            (PlanArea.Passport, ChangeKind.Changed, PlanField.EndYear, null, "2028", "2029"),
            (PlanArea.Indicator, ChangeKind.Changed, PlanField.Name, null, "Число посещений", "Число посещений учреждений"),
            (PlanArea.PlannedValue, ChangeKind.Changed, PlanField.Planned, 2026, "60", "65"),
            (PlanArea.Activity, ChangeKind.Added, null, null, null, null),
            (PlanArea.Activity, ChangeKind.Removed, null, null, null, null),
            (PlanArea.Funding, ChangeKind.Changed, "funding:Local", 2025, "100", "120"),
            (PlanArea.Funding, ChangeKind.Removed, "funding:Local", 2025, "10", null));
        diff.Changes.Single(c => c.Kind == ChangeKind.Added).Key.Should().Be(-1, "a new item of a draft has a negative key");
        // 2025 local: 100 + 10 = 110 before, 120 after; the year: 110 + 40 = 150 before, 120 + 40 = 160 after.
        diff.Totals.Should().Equal(
            new FundingTotalChange(2025, FundingSource.Local, 110m, 120m),
            new FundingTotalChange(2025, null, 150m, 160m));
    }

    [Fact]
    public void A_plan_survives_its_storage_unchanged()
    {
        var plan = Before();
        plan.Indicators[0].Plans.Add(new PlanValue { Year = 2025, Period = PeriodKind.HalfYear, Planned = 20.125m });

        var stored = ProgramPlanJson.Read(ProgramPlanJson.Write(plan));

        PlanDiff.Between(plan, stored).IsEmpty.Should().BeTrue();
        stored.Indicators[0].Plans.Should().HaveCount(3);
        stored.Indicators[0].PlanFor(new ReportingPeriod(2025, PeriodKind.HalfYear))!.Planned.Should().Be(20.125m);
    }
}
