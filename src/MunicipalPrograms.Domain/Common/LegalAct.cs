namespace MunicipalPrograms.Domain.Common;

/// <summary>Нормативный правовой акт: «Постановление администрации … от 27.12.2023 № 2828».</summary>
public sealed class LegalAct
{
    public const int KindMaxLength = 200;
    public const int IssuerMaxLength = 500;
    public const int NumberMaxLength = 50;

    public string Kind { get; set; } = "Постановление";
    public string? Issuer { get; set; }
    public DateOnly? Date { get; set; }
    public string? Number { get; set; }
    public string? Title { get; set; }

    /// <summary>The act as forms cite it.</summary>
    public string Citation()
    {
        var parts = new List<string> { string.IsNullOrWhiteSpace(Issuer) ? Kind : $"{Kind} {Issuer}" };
        if (Date is { } d) parts.Add($"от {d:dd.MM.yyyy}");
        if (!string.IsNullOrWhiteSpace(Number)) parts.Add($"№ {Number}");
        return string.Join(" ", parts);
    }
}
