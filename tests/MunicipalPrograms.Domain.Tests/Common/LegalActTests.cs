using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Tests.Common;

public sealed class LegalActTests
{
    [Fact]
    public void CitesKindIssuerDateAndNumberAsFormsPrintThem()
    {
        var act = new LegalAct
        {
            Kind = "Постановление", Issuer = "администрации муниципального образования город Алексин",
            Date = new DateOnly(2023, 12, 27), Number = "2828",
        };

        act.Citation().Should().Be("Постановление администрации муниципального образования город Алексин от 27.12.2023 № 2828");
    }

    [Fact]
    public void LeavesOutWhatIsUnknown()
    {
        new LegalAct { Kind = "Распоряжение" }.Citation().Should().Be("Распоряжение");
    }
}
