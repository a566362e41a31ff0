using System.Globalization;
using System.Text.Json;

namespace MunicipalPrograms.Domain.Audit;

/// <summary>How a stored audit value is written (invariant) and so how it is shown.</summary>
public enum AuditValueKind { Text, Number, Money, Flag, Date, ReportStatus, WeightMode, TargetGroups, Decision }

/// <summary>
/// The stable codes of audited fields. The log stores these codes and invariant values only: a caption
/// or a number format can change without changing the meaning of the stored history.
/// </summary>
public static class AuditField
{
    public const string Actual = "actual";
    public const string NotMeasured = "not_measured";
    public const string DeviationReason = "deviation_reason";
    public const string CashExecution = "cash_execution";
    public const string Completed = "completed";
    public const string ActualCompletion = "actual_completion";
    public const string Done = "done";
    public const string NotDoneReason = "not_done_reason";
    public const string Problems = "problems";
    public const string Status = "status";
    public const string Deadline = "deadline";
    public const string WeightMode = "weight_mode";
    public const string Weight = "weight";
    public const string Narrative = "narrative";
    public const string SignatoryName = "signatory_name";
    public const string SignatoryPosition = "signatory_position";
    public const string ContactName = "contact_name";
    public const string ContactPhone = "contact_phone";
    public const string HasWorkingGroup = "has_working_group";
    public const string HasBudgetEffect = "has_budget_effect";
    public const string HasSocialEffect = "has_social_effect";
    public const string EffectDescription = "effect_description";
    public const string TargetGroups = "target_groups";
    /// <summary>A program entered the registry (the new value is its name; the reason cites the deciding act, if any).</summary>
    public const string Created = "created";
    /// <summary>The registry was changed after 15 September of the year (Procedure 3.3): flagged in the registry.</summary>
    public const string LateRegistryChange = "late_registry_change";
    /// <summary>The finance department remarked on a value (the new value is the remark's text).</summary>
    public const string Remark = "remark";
    /// <summary>The executor answered a remark (old → new answer; the reason quotes the remark).</summary>
    public const string RemarkAnswer = "remark_answer";
    /// <summary>The finance department closed a remark (the old value is the remark's text).</summary>
    public const string RemarkClosed = "remark_closed";
    /// <summary>The finance department's conclusion text on a program (4.9).</summary>
    public const string ConclusionText = "conclusion_text";
    /// <summary>The proposed decision on a program (4.3–4.5): a ProgramDecision code.</summary>
    public const string Decision = "decision";

    private static readonly Dictionary<string, AuditValueKind> Kinds = new()
    {
        [Actual] = AuditValueKind.Number, [Weight] = AuditValueKind.Number, [CashExecution] = AuditValueKind.Money,
        [NotMeasured] = AuditValueKind.Flag, [Completed] = AuditValueKind.Flag, [HasWorkingGroup] = AuditValueKind.Flag,
        [HasBudgetEffect] = AuditValueKind.Flag, [HasSocialEffect] = AuditValueKind.Flag, [LateRegistryChange] = AuditValueKind.Flag, [RemarkClosed] = AuditValueKind.Flag,
        [ActualCompletion] = AuditValueKind.Date, [Deadline] = AuditValueKind.Date,
        [Status] = AuditValueKind.ReportStatus, [Decision] = AuditValueKind.Decision, [WeightMode] = AuditValueKind.WeightMode, [TargetGroups] = AuditValueKind.TargetGroups,
    };

    /// <summary>Every code the log may hold (a field not listed is plain text).</summary>
    public static IReadOnlyCollection<string> All { get; } =
    [
        Actual, NotMeasured, DeviationReason, CashExecution, Completed, ActualCompletion, Done, NotDoneReason, Problems, Status,
        Deadline, WeightMode, Weight, Narrative, SignatoryName, SignatoryPosition, ContactName, ContactPhone, HasWorkingGroup,
        HasBudgetEffect, HasSocialEffect, EffectDescription, TargetGroups, Created, LateRegistryChange, Remark, RemarkAnswer, RemarkClosed,
        ConclusionText, Decision,
    ];

    public static AuditValueKind KindOf(string field) => Kinds.GetValueOrDefault(field, AuditValueKind.Text);
}

/// <summary>Values as the audit log stores them: invariant, so that nothing is reinterpreted later.</summary>
public static class AuditValue
{
    /// <summary>"1234.5": a point, no group separators, no trailing zeros.</summary>
    public static string? Number(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string? Flag(bool? value) => value switch { true => "true", false => "false", null => null };

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Code<T>(T value) where T : struct, Enum => value.ToString();

    /// <summary>A list of target groups as JSON, numbers invariant: [{"name":"…","covered":12,"total":30}].</summary>
    public static string? TargetGroups(IEnumerable<(string Name, decimal Covered, decimal Total)> groups)
    {
        var list = groups.Select(g => new StoredTargetGroup(g.Name, g.Covered, g.Total)).ToList();
        return list.Count == 0 ? null : JsonSerializer.Serialize(list, Json);
    }

    public static IReadOnlyList<StoredTargetGroup> ReadTargetGroups(string json) =>
        JsonSerializer.Deserialize<List<StoredTargetGroup>>(json, Json) ?? [];

    public static decimal? ReadNumber(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static bool? ReadFlag(string value) => value switch { "true" => true, "false" => false, _ => null };

    public static DateOnly? ReadDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public sealed record StoredTargetGroup(string Name, decimal Covered, decimal Total);
