using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Scoring;

namespace MunicipalPrograms.Domain.Tests.Scoring;

/// <summary>Test data builders: short names for the inputs the scoring tests need.</summary>
internal static class Build
{
    /// <summary>A decimal written in a theory's data: attributes cannot hold decimals, and doubles land near them.</summary>
    public static decimal Dec(string invariant) =>
        decimal.Parse(invariant, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);

    public static IndicatorInput Up(decimal? plan, decimal? actual, string code = "i", decimal? weight = null) =>
        new(code, "Показатель " + code, Direction.Increase, TargetKind.Value, plan, actual, Weight: weight);

    public static IndicatorInput Down(decimal? plan, decimal? actual, string code = "i", decimal? weight = null) =>
        new(code, "Показатель " + code, Direction.Decrease, TargetKind.Value, plan, actual, Weight: weight);

    public static IndicatorInput Target(TargetKind kind, decimal plan, decimal actual, decimal? upper = null) =>
        new("t", "Целевой показатель", kind == TargetKind.AtMost ? Direction.Decrease : Direction.Increase, kind, plan, actual, upper);

    public static ElementInput Element(decimal vp, decimal vf, params IndicatorInput[] indicators) =>
        new("Программа", indicators, vp, vf);

    public static Evaluation Evaluate(ElementInput e, MethodologySettings? settings = null) =>
        ProcedureMethodology.Evaluate(e, settings ?? MethodologySettings.Default);
}
