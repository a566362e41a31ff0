using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Web.Presentation;

namespace MunicipalPrograms.Web.ProgramEditing.Versions;

/// <summary>Reads the typed approval form: the act, or the messages for next to its fields (dates that are not dates).</summary>
public static class ActReader
{
    public static (ApprovalAct? Act, IReadOnlyList<KeyValuePair<string, string>> Errors) Read(ActForm form)
    {
        var errors = new List<KeyValuePair<string, string>>();
        var date = RuInput.Date(form.Date);
        var from = RuInput.Date(form.EffectiveFrom);
        if (!date.Ok) errors.Add(new("Act.Date", date.Error!));
        if (!from.Ok) errors.Add(new("EffectiveFrom", from.Error!));
        if (errors.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(form.Kind)) errors.Add(new("Act.Kind", "Укажите вид акта, например «Постановление»."));
            if (string.IsNullOrWhiteSpace(form.Number)) errors.Add(new("Act.Number", "Укажите номер акта."));
            return (null, errors);
        }
        var act = new LegalAct
        {
            Kind = form.Kind?.Trim() ?? "", Issuer = Blank(form.Issuer), Date = date.Value, Number = Blank(form.Number), Title = Blank(form.Title),
        };
        return (new ApprovalAct(act, from.Value ?? date.Value ?? DateOnly.MinValue, Blank(form.Summary)), errors);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
