using System.Globalization;
using MunicipalPrograms.Domain.Programs;

namespace MunicipalPrograms.Web.ProgramEditing.Forms;

/// <summary>
/// Limits of the draft forms' fields: the database's column sizes where a column has one
/// (Data/Configurations/ProgramConfiguration.cs), else a size a person never needs to exceed.
/// </summary>
public static class FieldLimits
{
    public const int ProgramName = MunicipalProgram.NameMaxLength;
    public const int RegistryCode = MunicipalProgram.RegistryCodeMaxLength;
    /// <summary>goals.code, objectives.code, subprograms.code are varchar(20).</summary>
    public const int ItemCode = 20;
    /// <summary>activities.code and activities.structure_code are varchar(30).</summary>
    public const int ActivityCode = 30;
    public const int ItemName = 2000;
    public const int ShortText = 1000;
    public const int LongText = 20000;
}

/// <summary>
/// The Russian messages of one form, keyed by the input's name (ModelState keys), one per field; "" for the page.
/// A form is saved only when there are none.
/// </summary>
public sealed class FormErrors
{
    private readonly List<KeyValuePair<string, string>> _all = [];

    public IReadOnlyList<KeyValuePair<string, string>> All => _all;
    public bool Any => _all.Count > 0;

    /// <summary>
    /// The values model binding could not read (a flag «maybe», a choice «99»), each with its Russian binding message:
    /// a form with any of them is shown again, not saved with the field's default in their place.
    /// </summary>
    public static FormErrors FromBinding(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        var errors = new FormErrors();
        foreach (var (field, entry) in state)
            foreach (var error in entry.Errors)
                errors.Add(field, error.ErrorMessage.Length > 0 ? error.ErrorMessage : "Значение не подходит.");
        return errors;
    }

    public string? this[string field] => _all.FirstOrDefault(e => e.Key == field).Value;

    public void Add(string field, string message)
    {
        if (field.Length == 0 || !_all.Exists(e => e.Key == field)) _all.Add(new(field, message));
    }

    /// <summary>A trimmed text (empty → null), with a message when it is too long or, if required, missing.</summary>
    public string? Text(string? text, int max, string field, string? requiredMessage = null)
    {
        var t = string.IsNullOrWhiteSpace(text) ? null : text.Trim().Replace("\r\n", "\n");
        if (t is null && requiredMessage is not null) Add(field, requiredMessage);
        if (t is not null && t.Length > max) Add(field, ReportEntry.ReportTextLimits.TooLong(max, t.Length));
        return t;
    }

    /// <summary>A year typed as four digits (empty → null, with a message when required).</summary>
    public int? Year(string? text, string field, string? requiredMessage = null)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            if (requiredMessage is not null) Add(field, requiredMessage);
            return null;
        }
        if (t.Length == 4 && t.All(char.IsAsciiDigit) && int.Parse(t, CultureInfo.InvariantCulture) is var y and >= 2000 and <= 2100) return y;
        Add(field, $"«{t}» — не год. Укажите год четырьмя цифрами, например 2025.");
        return null;
    }

    /// <summary>Codes must not repeat in one list: the second and later get a message.</summary>
    public void UniqueCodes(IEnumerable<(string? Code, string Field)> codes, string what)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, field) in codes)
            if (!string.IsNullOrWhiteSpace(code) && !seen.Add(code.Trim())) Add(field, $"Код {code.Trim()} уже есть у другой {what}: коды в списке не повторяются.");
    }
}
