namespace MunicipalPrograms.Domain.Programs;

/// <summary>The expected result of an activity in one year (Appendix 2 of the Кожевниковский program).</summary>
public class ActivityYearResult
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public int Year { get; set; }
    public string Text { get; set; } = "";
}
