using System.Text.RegularExpressions;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MunicipalPrograms.Web.ReportEntry;

/// <summary>One bad field of a failed save: where it is on the page, what it is called there, and what is wrong.</summary>
public sealed record FieldError(string FieldId, string Label, string Message);

/// <summary>
/// The error summary of the report page after a failed save: a link to each bad field, named as the field is
/// labelled (screen readers hear the same name), and the ids that tie each input to its message (aria-describedby).
/// </summary>
public static partial class ReportErrorSummary
{
    /// <summary>The id of an input, as ASP.NET Core makes it from the name: «Indicators[0].Actual» → «Indicators_0__Actual».</summary>
    public static string Id(string field) => field.Replace('[', '_').Replace(']', '_').Replace('.', '_');

    /// <summary>The id of the message shown under an input.</summary>
    public static string MessageId(string field) => Id(field) + "-error";

    /// <summary>The attributes of the message under an input (Html.ValidationMessage): its class and the id aria-describedby names.</summary>
    public static object MessageAttributes(string field) => new { @class = "invalid-feedback d-block", id = MessageId(field) };

    /// <summary>
    /// The message under an input. A field without an error — every field of a page as stored — gets the empty placeholder
    /// Html.ValidationMessage writes, built here: the framework's string-expression evaluation of 60 such fields was a tenth
    /// of the report page's time (issue 14, docs/performance.md). A field with an entry goes through the framework.
    /// </summary>
    public static IHtmlContent Message(IHtmlHelper html, string field)
    {
        if (html.ViewData.ModelState.ContainsKey(field)) return html.ValidationMessage(field, null, MessageAttributes(field));
        var (name, id) = (HtmlEncoder.Default.Encode(field), HtmlEncoder.Default.Encode(MessageId(field)));
        return new HtmlString($"<span class=\"invalid-feedback d-block field-validation-valid\" data-valmsg-for=\"{name}\" data-valmsg-replace=\"true\" id=\"{id}\"></span>");
    }

    /// <summary>"true" on an input the save rejected, otherwise null (the attribute is then left out).</summary>
    public static string? Invalid(ModelStateDictionary state, string field) => state.ContainsKey(field) ? "true" : null;

    public static string? DescribedBy(ModelStateDictionary state, string field) => state.ContainsKey(field) ? MessageId(field) : null;

    public static IReadOnlyList<FieldError> Of(ReportPage page, ModelStateDictionary state)
    {
        var editing = page.Rights.CanEditAnything;
        var indicators = page.Indicators.Where(l => l.Editable && editing).ToList();
        var activities = page.Activities.Where(l => l.Editable && editing).ToList();
        var funding = page.Funding.Where(l => l.Editable && editing).ToList();
        var errors = new List<FieldError>();
        foreach (var (field, entry) in state)
        {
            if (field.Length == 0) continue; // errors about no one field are listed as text
            var label = LabelOf(field, page.Program.Municipality!.BudgetNames, indicators, activities, funding);
            var id = IndicatorReason().Match(field) is { Success: true } r && int.Parse(r.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var k
                     && k < indicators.Count ? ReasonId(indicators[k]) : Id(field);
            errors.AddRange(entry.Errors.Select(e => new FieldError(id, label, e.ErrorMessage)));
        }
        return errors;
    }

    /// <summary>The input's accessible name (the same text as its aria-label or label on the page).</summary>
    private static string LabelOf(string field, Domain.Municipalities.BudgetNames budget, List<IndicatorLine> indicators, List<ActivityLine> activities, List<FundingLineView> funding)
    {
        var m = RowField().Match(field);
        if (m.Success)
        {
            var k = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var part = m.Groups[3].Value;
            switch (m.Groups[1].Value)
            {
                case "Indicators" when k < indicators.Count: return Labels.Indicator(part, indicators[k].Indicator.Code);
                case "Activities" when k < activities.Count: return Labels.Activity(part, Labels.CodeOf(activities[k].Activity));
                case "Funding" when k < funding.Count: return Labels.Funding(Labels.CodeOf(funding[k].Activity), budget.For(funding[k].Line.Source));
            }
        }
        return Labels.Text(field);
    }

    /// <summary>The deviation reason keeps the id the completeness list links to.</summary>
    public static string ReasonId(IndicatorLine line) => $"ind-{line.Value.Id}-reason";

    [GeneratedRegex(@"^Indicators\[(\d+)\]\.DeviationReason$")]
    private static partial Regex IndicatorReason();

    [GeneratedRegex(@"^(Indicators|Activities|Funding)\[(\d+)\]\.(\w+)$")]
    private static partial Regex RowField();
}
