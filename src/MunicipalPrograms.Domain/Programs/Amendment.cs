using MunicipalPrograms.Domain.Common;

namespace MunicipalPrograms.Domain.Programs;

/// <summary>Внесение изменений: the amending act, the revision it produced and what it changed.</summary>
public class Amendment
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public int Revision { get; set; }
    public LegalAct Act { get; set; } = new();
    public string Summary { get; set; } = "";
}
