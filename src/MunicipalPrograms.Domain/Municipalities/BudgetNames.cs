using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Municipalities;

/// <summary>How a municipality's forms print each budget level («Бюджет МО город Алексин»).</summary>
public sealed class BudgetNames
{
    public string Federal { get; set; } = "Федеральный бюджет";
    public string Regional { get; set; } = "Областной бюджет";
    public string Local { get; set; } = "Местный бюджет";
    public string Settlements { get; set; } = "Бюджеты поселений";
    public string ExtraBudgetary { get; set; } = "Внебюджетные источники";

    public string For(FundingSource source) => source switch
    {
        FundingSource.Federal => Federal,
        FundingSource.Regional => Regional,
        FundingSource.Local => Local,
        FundingSource.Settlements => Settlements,
        FundingSource.ExtraBudgetary => ExtraBudgetary,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public void Set(FundingSource source, string name)
    {
        switch (source)
        {
            case FundingSource.Federal: Federal = name; break;
            case FundingSource.Regional: Regional = name; break;
            case FundingSource.Local: Local = name; break;
            case FundingSource.Settlements: Settlements = name; break;
            case FundingSource.ExtraBudgetary: ExtraBudgetary = name; break;
            default: throw new ArgumentOutOfRangeException(nameof(source), source, null);
        }
    }
}
