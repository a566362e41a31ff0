using System.Globalization;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

public static class Decimals
{
    /// <summary>A decimal written in a theory's data: attributes cannot hold decimals, and doubles land near them.</summary>
    public static decimal Dec(string invariant) => decimal.Parse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture);
}
