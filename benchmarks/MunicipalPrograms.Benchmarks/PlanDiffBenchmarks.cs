using BenchmarkDotNet.Attributes;
using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;

namespace MunicipalPrograms.Benchmarks;

/// <summary>
/// Issue 9 target: the diff of two редакции of a 37-indicator program in under 100 ms. The plan has the Алексин
/// program's size (37 indicators × 6 years) and a funding plan of 40 activities × 6 years × 3 sources; the second
/// редакция changes every tenth planned value and funding line, renames two indicators and adds an activity. Every
/// indicator has a passport with two base measures; 5 capital objects and 6 resources by year (Appendices 3, 6, 7),
/// of which one passport, one object and one resource amount change.
/// Measured with the JSON reading of both stored plans, as the diff screen does it.
/// </summary>
[MemoryDiagnoser]
public class PlanDiffBenchmarks
{
    private string _before = "", _after = "";

    [GlobalSetup]
    public void Setup()
    {
        var plan = Plan();
        _before = ProgramPlanJson.Write(plan);
        var k = 0;
        foreach (var value in plan.Indicators.SelectMany(i => i.Plans)) if (k++ % 10 == 0) value.Planned += 1;
        foreach (var line in plan.Funding) if (k++ % 10 == 0) line.Planned += 1000;
        plan.Indicators[3].Name += " (уточнено)";
        plan.Indicators[17].Name += " (уточнено)";
        plan.Activities.Add(new PlanActivity { Key = plan.NewKey(), Code = "9.9", Name = "Новое мероприятие" });
        plan.Indicators[5].Passport!.ResponsiblePerson = "Петрова П.П.";
        plan.CapitalObjects[2].ConstructionEndYear = 2027;
        plan.ResourceNeeds[4].Amounts[0].Amount += 1;
        _after = ProgramPlanJson.Write(plan);
    }

    [Benchmark]
    public int DiffOfTwoStoredRedactions() => PlanDiff.Between(ProgramPlanJson.Read(_before), ProgramPlanJson.Read(_after)).Changes.Count;

    private static ProgramPlan Plan()
    {
        var years = Enumerable.Range(2021, 6).ToList();
        return new ProgramPlan
        {
            Passport = new PlanPassport { Name = "Развитие местного самоуправления", RegistryCode = "ALX-MP-04", StartYear = 2021, EndYear = 2026 },
            Indicators = Enumerable.Range(1, 37).Select(i => new PlanIndicator
            {
                Key = i, Code = $"1.{i}", Name = $"Показатель {i}", Unit = "%",
                Plans = years.Select(y => new PlanValue { Year = y, Planned = 50 + i + y % 10 }).ToList(),
                Passport = new PlanIndicatorPassport
                {
                    Number = $"{i}", ResponsiblePerson = "Иванова И.И.", FormationProcedure = "D = A / B × 100",
                    BaseMeasures = [new PlanBaseMeasure { Symbol = "A", Name = "Числитель", Unit = "ед." }, new PlanBaseMeasure { Symbol = "B", Name = "Знаменатель", Unit = "ед." }],
                },
            }).ToList(),
            CapitalObjects = Enumerable.Range(1, 5).Select(c => new PlanCapitalObject
            {
                Key = 200 + c, ActivityKey = 100 + c, NameAndLocation = $"Объект {c}", ConstructionStartYear = 2022, ConstructionEndYear = 2025,
                EstimatedCostDesignPrices = 10_000m * c,
            }).ToList(),
            ResourceNeeds = Enumerable.Range(1, 6).Select(r => new PlanResourceNeed
            {
                Kind = ResourceKind.Labor, Name = $"Ресурс {r}", Unit = "чел.",
                Amounts = years.Select(y => new PlanYearAmount { Year = y, Amount = r }).ToList(),
            }).ToList(),
            Activities = Enumerable.Range(1, 40).Select(a => new PlanActivity { Key = 100 + a, Code = $"1.{a}", Name = $"Мероприятие {a}" }).ToList(),
            Funding = (from a in Enumerable.Range(1, 40) from y in years
                       from s in new[] { FundingSource.Regional, FundingSource.Local, FundingSource.ExtraBudgetary }
                       select new PlanFunding { ActivityKey = 100 + a, Year = y, Source = s, Planned = 1000m * a + y }).ToList(),
        };
    }
}
