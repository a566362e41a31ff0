using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MunicipalPrograms.Domain.Plans;

/// <summary>How plans are stored: JSON with enum names and invariant numbers, so a stored редакция reads the same forever.</summary>
public static class ProgramPlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ProgramPlan plan) => JsonSerializer.Serialize(plan, Options);

    public static ProgramPlan Read(string json)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? [];
        var plan = node.Deserialize<ProgramPlan>(Options) ?? new ProgramPlan();
        // Stored before plans had a format: the first format, without the appendices (ProgramPlan.Format).
        if (!node.ContainsKey("format")) plan.Format = 1;
        return plan;
    }

    /// <summary>A deep copy (a draft starts as a copy of the редакция in force).</summary>
    public static ProgramPlan Copy(ProgramPlan plan) => Read(Write(plan));
}
