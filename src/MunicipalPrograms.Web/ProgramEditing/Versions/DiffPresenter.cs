using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Plans;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Versions;

/// <summary>Turns a <see cref="PlanDiff"/> into the rows of the diff page: captions, Russian values, department names.</summary>
public static class DiffPresenter
{
    public static DiffPage Present(ProgramHead head, PlanDiff diff, string from, string to, bool isDraft, int? toNumber)
    {
        string V(string? field, string? value) => PlanCaptions.Value(field, value, head.Departments);
        // A resource need's field is its group and its period the year: «Трудовые ресурсы, 2025 год».
        string FieldOf(PlanChange c) => c.Field is null ? "" : PlanCaptions.Field(c.Field) + (c.Period is { } p ? ", " + PlanCaptions.Period(p) : "");
        DiffRow Row(PlanChange c) => new(PlanCaptions.Of(c.Area), PlanCaptions.Of(c.Kind), c.Item,
            FieldOf(c), c.Field is null ? "" : V(c.Field, c.Before), c.Field is null ? "" : V(c.Field, c.After));
        return new DiffPage
        {
            Program = head, FromCaption = from, ToCaption = to, IsDraft = isDraft, ToNumber = toNumber,
            Passport = diff.Changes.Where(c => c.Area == PlanArea.Passport).Select(Row).ToList(),
            Items = diff.Changes.Where(c => c.Area is not (PlanArea.Passport or PlanArea.PlannedValue or PlanArea.Funding)).Select(Row).ToList(),
            Planned = diff.Changes.Where(c => c.Area == PlanArea.PlannedValue)
                .Select(c => new PlannedRow(c.Item, PlanCaptions.Period(c.Period), V(c.Field, c.Before), V(c.Field, c.After))).ToList(),
            Funding = diff.Changes.Where(c => c.Area == PlanArea.Funding).Select(c => new FundingRow(c.Item, PlanCaptions.Period(c.Period),
                SourceOf(head, c.Field), V(c.Field, c.Before), V(c.Field, c.After), Delta(c.Before, c.After))).ToList(),
            Totals = diff.Totals.Select(t => new TotalRow(t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Source is { } s ? head.BudgetNames.For(s) : "Всего", RuFormat.Money(t.Before), RuFormat.Money(t.After), Signed(t.Delta))).ToList(),
        };
    }

    private static string SourceOf(ProgramHead head, string? field) =>
        field is not null && Enum.TryParse<FundingSource>(field["funding:".Length..], out var s) ? head.BudgetNames.For(s) : "";

    private static string Delta(string? before, string? after)
    {
        var b = before is null ? 0 : Domain.Audit.AuditValue.ReadNumber(before) ?? 0;
        var a = after is null ? 0 : Domain.Audit.AuditValue.ReadNumber(after) ?? 0;
        return Signed(a - b);
    }

    /// <summary>«+47,60», «−12,00».</summary>
    public static string Signed(decimal delta) => delta > 0 ? "+" + RuFormat.Money(delta) : delta < 0 ? "−" + RuFormat.Money(-delta) : RuFormat.Money(0);
}
