namespace MunicipalPrograms.Web.Presentation;

/// <summary>
/// Reads an enum value from a form the way the forms post it: one of the enum's names, exactly. Enum.TryParse alone
/// also accepts any number ("99", "-1") and comma lists, which would then be stored and break every page that reads them.
/// </summary>
public static class StrictEnum
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var t = text?.Trim();
        return !string.IsNullOrEmpty(t) && Enum.GetNames<T>().Contains(t, StringComparer.Ordinal) && Enum.TryParse(t, out value);
    }
}
