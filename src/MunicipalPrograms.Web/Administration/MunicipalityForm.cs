using MunicipalPrograms.Domain.Common;
using MunicipalPrograms.Domain.Municipalities;
using MunicipalPrograms.Web.Data.Configurations;
using MunicipalPrograms.Web.ProgramEditing.Forms;

namespace MunicipalPrograms.Web.Administration;

/// <summary>
/// A municipality's settings as the administrator types them: name and region, the budget level names its forms print,
/// the money unit, the time zone its times are shown in, the head and the finance department's head for signatures.
/// </summary>
public sealed class MunicipalityForm
{
    public int Id { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Region { get; set; }
    public MoneyUnit MoneyUnit { get; set; }
    public string? TimeZoneId { get; set; } = Municipality.DefaultTimeZone;
    public Dictionary<FundingSource, string?> BudgetNames { get; set; } = [];
    public string? HeadPosition { get; set; }
    public string? HeadName { get; set; }
    public string? FinanceHeadPosition { get; set; }
    public string? FinanceHeadName { get; set; }

    public static MunicipalityForm From(Municipality m) => new()
    {
        Id = m.Id, Code = m.Code, Name = m.Name, Region = m.Region, MoneyUnit = m.MoneyUnit, TimeZoneId = m.TimeZoneId,
        BudgetNames = Enum.GetValues<FundingSource>().ToDictionary(s => s, s => (string?)m.BudgetNames.For(s)),
        HeadPosition = m.Head.Position, HeadName = m.Head.Name, FinanceHeadPosition = m.FinanceHead.Position, FinanceHeadName = m.FinanceHead.Name,
    };

    public static MunicipalityForm New() => From(new Municipality());

    /// <summary>Writes the form onto <paramref name="m"/> (the code only when creating); false with messages when any field is wrong.</summary>
    public bool ApplyTo(Municipality m, bool creating, FormErrors errors)
    {
        if (creating) m.Code = ReadCode(errors) ?? "";
        m.Name = errors.Text(Name, Municipality.NameMaxLength, nameof(Name), "Укажите наименование муниципального образования.") ?? "";
        m.Region = errors.Text(Region, Municipality.RegionMaxLength, nameof(Region));
        if (!Enum.IsDefined(MoneyUnit)) errors.Add(nameof(MoneyUnit), "Выберите единицу: рубли или тысячи рублей.");
        m.MoneyUnit = MoneyUnit;
        if (!TimeZones.IsKnown(TimeZoneId)) errors.Add(nameof(TimeZoneId), "Выберите часовой пояс из списка.");
        else m.TimeZoneId = TimeZoneId!;
        foreach (var source in Enum.GetValues<FundingSource>())
        {
            var name = errors.Text(BudgetNames.GetValueOrDefault(source), MunicipalityConfiguration.BudgetNamesMaxLength, $"BudgetNames[{source}]",
                "Укажите, как формы называют этот бюджет.");
            if (name is not null) m.BudgetNames.Set(source, name);
        }
        m.Head = new Signatory { Position = errors.Text(HeadPosition, Signatory.MaxLength, nameof(HeadPosition)), Name = errors.Text(HeadName, Signatory.MaxLength, nameof(HeadName)) };
        m.FinanceHead = new Signatory
        {
            Position = errors.Text(FinanceHeadPosition, Signatory.MaxLength, nameof(FinanceHeadPosition)),
            Name = errors.Text(FinanceHeadName, Signatory.MaxLength, nameof(FinanceHeadName)),
        };
        return !errors.Any;
    }

    /// <summary>The code: latin letters, digits and hyphens (it names the municipality in addresses and files).</summary>
    private string? ReadCode(FormErrors errors)
    {
        var code = errors.Text(Code, Municipality.CodeMaxLength, nameof(Code), "Укажите код: латинские буквы, цифры и дефис, например aleksin.");
        if (code is not null && !code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            errors.Add(nameof(Code), $"«{code}» — код из строчных латинских букв, цифр и дефиса, например aleksin.");
        return code;
    }

    /// <summary>The fields as the administration log records them.</summary>
    public static IReadOnlyList<(string, string?)> Fields(Municipality m) =>
    [
        ("name", m.Name), ("region", m.Region), ("money_unit", m.MoneyUnit.ToString()), ("time_zone", m.TimeZoneId),
        .. Enum.GetValues<FundingSource>().Select(s => ($"budget_name:{s}", (string?)m.BudgetNames.For(s))),
        ("head_position", m.Head.Position), ("head_name", m.Head.Name),
        ("finance_head_position", m.FinanceHead.Position), ("finance_head_name", m.FinanceHead.Name),
    ];
}
