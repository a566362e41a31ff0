namespace MunicipalPrograms.Web.Data;

/// <summary>A numeric(precision, scale) column: the one place its size is written, read by the mapping and by the forms.</summary>
public sealed record NumberColumn(int Precision, int Scale)
{
    /// <summary>The largest value the column keeps: precision − scale integer digits, scale decimals (99 999,9999 for numeric(9,4)).</summary>
    public decimal Max => Pow10(Precision - Scale) - 1m / Pow10(Scale);

    private static decimal Pow10(int n)
    {
        var x = 1m;
        for (var k = 0; k < n; k++) x *= 10m;
        return x;
    }
}

/// <summary>
/// One rule for every number from the form to the column to the audit log (docs/decisions/0010): a form refuses more
/// decimals than the column keeps and values beyond its range, so what the user typed is exactly what is stored and audited.
/// </summary>
public static class NumberColumns
{
    /// <summary>Measured values (indicator plan and fact, resource amounts, target group sizes): numeric(18,4).</summary>
    public static readonly NumberColumn Measured = new(18, 4);
    /// <summary>Money in the municipality's unit: scale 5 keeps kopecks exact in тыс. рублей.</summary>
    public static readonly NumberColumn Money = new(20, 5);
    /// <summary>An indicator's weight in a report, 0..1 (Appendix 9, note 1).</summary>
    public static readonly NumberColumn Weight = new(9, 8);
}
