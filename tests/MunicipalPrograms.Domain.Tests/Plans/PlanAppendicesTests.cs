using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Domain.Tests.Plans;

/// <summary>Appendices 3, 6 and 7 in the plan: the diff of indicator passports, capital objects and resource needs, and old редакции.</summary>
public sealed class PlanAppendicesTests
{
    private static ProgramPlan Before() => new()
    {
        Passport = new PlanPassport { Name = "Развитие культуры", RegistryCode = "MP-1", StartYear = 2024, EndYear = 2028, ResponsibleExecutorId = 1 },
        Indicators =
        [
            new PlanIndicator
            {
                Key = 10, Code = "1", Name = "Доля отремонтированных клубов", Unit = "%",
                Passport = new PlanIndicatorPassport
                {
                    Number = "1", ResponsiblePerson = "Иванова И.И., главный специалист",
                    FormationProcedure = "D = K / N × 100",
                    BaseMeasures = [new PlanBaseMeasure { Symbol = "K", Name = "Отремонтировано клубов", Unit = "ед.", CollectionMethod = 7, Coverage = 1 }],
                },
            },
            new PlanIndicator { Key = 11, Code = "2", Name = "Число посещений", Unit = "тыс. чел." },
        ],
        Activities = [new PlanActivity { Key = 20, Code = "1.1", Name = "Ремонт клуба" }],
        CapitalObjects =
        [
            new PlanCapitalObject
            {
                Key = 30, ActivityKey = 20, NameAndLocation = "Дом культуры, с. Кожевниково, ул. Ленина, 10", Capacity = "200 мест",
                ConstructionStartYear = 2025, ConstructionEndYear = 2026, HasApprovedDesign = true, Ownership = "муниципальная",
                EstimatedCostDesignPrices = 12_500.5m,
            },
        ],
        ResourceNeeds =
        [
            new PlanResourceNeed
            {
                Kind = ResourceKind.Labor, Name = "Специалисты отдела культуры", Unit = "чел.",
                Amounts = [new PlanYearAmount { Year = 2025, Amount = 3 }, new PlanYearAmount { Year = 2026, Amount = 3 }],
            },
        ],
    };

    [Fact]
    public void The_diff_lists_each_changed_passport_field_object_field_and_resource_amount()
    {
        var after = Before();
        after.Indicators[0].Passport!.ResponsiblePerson = "Петрова П.П., ведущий специалист";
        after.Indicators[0].Passport!.BaseMeasures.Add(new PlanBaseMeasure { Symbol = "N", Name = "Всего клубов", Unit = "ед.", CollectionMethod = 1 });
        after.Indicators[1].Passport = new PlanIndicatorPassport { Number = "2" };
        after.CapitalObjects[0].ConstructionEndYear = 2027;
        after.CapitalObjects.Add(new PlanCapitalObject { Key = after.NewKey(), NameAndLocation = "Библиотека, с. Уртам" });
        after.ResourceNeeds[0].Amounts[1].Amount = 4;
        after.ResourceNeeds.Add(new PlanResourceNeed { Kind = ResourceKind.Material, Name = "Автомобиль", Unit = "ед.", Amounts = [new PlanYearAmount { Year = 2025, Amount = 1 }] });

        var diff = PlanDiff.Between(Before(), after);

        diff.Changes.Select(c => (c.Area, c.Kind, c.Field, c.Period?.Year, c.Before, c.After)).Should().Equal(
            (PlanArea.IndicatorPassport, ChangeKind.Changed, PlanField.ResponsiblePerson, null, "Иванова И.И., главный специалист", "Петрова П.П., ведущий специалист"),
            (PlanArea.IndicatorPassport, ChangeKind.Changed, PlanField.BaseMeasures, null,
                "K; Отремонтировано клубов; ед.; ; 7; ; 1; ", "K; Отремонтировано клубов; ед.; ; 7; ; 1; \nN; Всего клубов; ед.; ; 1; ; 1; "),
            (PlanArea.IndicatorPassport, ChangeKind.Added, null, null, null, null),
            (PlanArea.CapitalObject, ChangeKind.Changed, PlanField.ConstructionEnd, null, "2026", "2027"),
            (PlanArea.CapitalObject, ChangeKind.Added, null, null, null, null),
            (PlanArea.ResourceNeed, ChangeKind.Changed, "resource:Labor", 2026, "3", "4"),
            (PlanArea.ResourceNeed, ChangeKind.Added, "resource:Material", 2025, null, "1"));
        diff.Totals.Should().BeEmpty("no money changed");
    }

    [Fact]
    public void Removing_a_passport_an_object_and_a_resource_row_is_listed_as_removed()
    {
        var after = Before();
        after.Indicators[0].Passport = null;
        after.CapitalObjects.Clear();
        after.ResourceNeeds.Clear();

        var diff = PlanDiff.Between(Before(), after);

        diff.Changes.Select(c => (c.Area, c.Kind, c.Period?.Year)).Should().Equal(
            (PlanArea.IndicatorPassport, ChangeKind.Removed, null),
            (PlanArea.CapitalObject, ChangeKind.Removed, null),
            (PlanArea.ResourceNeed, ChangeKind.Removed, 2025),
            (PlanArea.ResourceNeed, ChangeKind.Removed, 2026));
    }

    [Fact]
    public void A_редакция_stored_before_the_appendices_were_recorded_does_not_read_as_removing_them()
    {
        var stored = ProgramPlanJson.Write(Before());
        var old = System.Text.Json.Nodes.JsonNode.Parse(stored)!.AsObject();
        old.Remove("format");
        old.Remove("capitalObjects");
        old.Remove("resourceNeeds");
        foreach (var indicator in old["indicators"]!.AsArray()) indicator!.AsObject().Remove("passport");

        var legacy = ProgramPlanJson.Read(old.ToJsonString());

        legacy.HasAppendices.Should().BeFalse();
        ProgramPlanJson.Read(stored).HasAppendices.Should().BeTrue();
        PlanDiff.Between(legacy, Before()).IsEmpty.Should().BeTrue();
        PlanDiff.Between(Before(), legacy).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_stored_plan_reads_back_with_its_appendices_and_without_computed_properties()
    {
        var json = ProgramPlanJson.Write(Before());

        json.Should().NotContain("identity").And.NotContain("hasAppendices");
        System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject().ContainsKey("objectives").Should().BeFalse("objectives are stored under their goals");
        PlanDiff.Between(Before(), ProgramPlanJson.Read(json)).IsEmpty.Should().BeTrue();
        ProgramPlanJson.Read(json).CapitalObjects.Single().EstimatedCostDesignPrices.Should().Be(12_500.5m);
    }
}
