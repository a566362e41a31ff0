using System.Text.RegularExpressions;

namespace MunicipalPrograms.Web.Tests.Operations.Hostile;

/// <summary>What a field holds, judged from its name and the value the page put in it.</summary>
public enum FieldKind { Number, Date, Flag, Choice, Text }

/// <summary>The values a hostile client sends instead of a field's own, by kind; every one must be refused.</summary>
public static partial class HostileValues
{
    public static readonly string Megabyte = new('я', 1_000_000);

    /// <summary>What no text field may take: NUL and other controls, lone surrogates, non-characters, 1 MB.</summary>
    /// (A lone surrogate cannot be sent in a form: its bytes are not UTF-8, and the server keeps them as the text «%ED%A0%80».)
    private static readonly string[] Unreadable =
        ["a\u0000b", "\u0000", "x\u0001\u0002\u001F", "a\u007Fb", "\u0085", "\uFFFF", "\uFFFE", "a\uFDD0b", "\uFDEF", Megabyte];

    private static readonly string[] Numbers =
    [
        "1e309", "NaN", "Infinity", "-Infinity", "１２３", "١٢٣", "٣,٥", new string('9', 40), "-" + new string('9', 40),
        "12,5,6", "12.5.6", "0x1F", "1e3", "--1", "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>", "1; DROP TABLE programs", new string('9', 1_000_000),
    ];

    private static readonly string[] Dates =
        ["31.02.2025", "32.01.2025", "01.13.2025", "00.00.0000", "01.01.0000", "01.01.99999", "1e309", "١٥.٠٣.٢٠٢٥", "<script>alert(1)</script>"];

    private static readonly string[] Flags = ["maybe", "2", "1e309", "<script>alert(1)</script>"];

    private static readonly string[] Choices = ["99", "-1", "2147483648", "Year2", "<script>alert(1)</script>", "١"];

    public static IReadOnlyList<string> For(FieldKind kind) => kind switch
    {
        FieldKind.Number => [.. Numbers, .. Unreadable],
        FieldKind.Date => [.. Dates, .. Unreadable],
        FieldKind.Flag => [.. Flags, .. Unreadable],
        FieldKind.Choice => [.. Choices, .. Unreadable],
        _ => Unreadable,
    };

    /// <summary>Markup in a text field is text: it may be saved, but must come back escaped.</summary>
    public static readonly string[] Markup = ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"];

    [GeneratedRegex("^-?[0-9 \u00A0]+(,[0-9]+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex ChoicePattern();

    [GeneratedRegex("(Id|Key|Year|Version|Value|Plan|Actual|Amount|Weight|Sum|Cost|Order|Index)(\\]|$)|\\.Y[0-9]+$|\\]\\.[A-Z]?[0-9]+$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericName();

    public static FieldKind KindOf(string name, string value) =>
        value is "true" or "false" ? FieldKind.Flag
        : DatePattern().IsMatch(value) ? FieldKind.Date
        : NumberPattern().IsMatch(value) || (value.Length == 0 && NumericName().IsMatch(name)) ? FieldKind.Number
        : ChoicePattern().IsMatch(value) ? FieldKind.Choice
        : FieldKind.Text;
}
