namespace MunicipalPrograms.Domain.Common;

/// <summary>Texts kept in a column of bounded length: cut to fit, the cut marked with «…».</summary>
public static class TextLength
{
    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
