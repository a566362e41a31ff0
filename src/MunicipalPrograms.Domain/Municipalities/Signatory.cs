namespace MunicipalPrograms.Domain.Municipalities;

/// <summary>Who signs a municipality's documents: a position and a name («Глава администрации», «И.И. Иванов»).</summary>
public sealed class Signatory
{
    public const int MaxLength = 300;

    public string? Position { get; set; }
    public string? Name { get; set; }
}
