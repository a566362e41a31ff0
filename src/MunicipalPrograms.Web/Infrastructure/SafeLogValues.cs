using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// Makes every string property of a log event safe to write as one line: control characters (CR, LF, …) and
/// Unicode line separators are escaped, so user text cannot forge a log line, and a value longer than
/// <see cref="MaxLength"/> is cut, so a huge form field cannot fill the disk. Applied to every event (last in the
/// enricher chain), it covers user names at sign-in, request paths and anything logged later without each call
/// site having to remember it. Message templates are constants of the code and are left alone.
/// </summary>
public sealed class SafeLogValues : ILogEventEnricher
{
    public const int MaxLength = 200;

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var safe = Sanitize(value);
            if (!ReferenceEquals(safe, value)) logEvent.AddOrUpdateProperty(new LogEventProperty(name, safe));
        }
    }

    /// <summary>The same value when nothing needed changing (no allocation for the common case).</summary>
    private static LogEventPropertyValue Sanitize(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var safe = Text(text);
                return ReferenceEquals(safe, text) ? value : new ScalarValue(safe);
            case SequenceValue sequence:
                var items = sequence.Elements.Select(Sanitize).ToList();
                return items.SequenceEqual(sequence.Elements) ? value : new SequenceValue(items);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Sanitize(p.Value))).ToList();
                return properties.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value))
                    ? value : new StructureValue(properties, structure.TypeTag);
            case DictionaryValue dictionary:
                var pairs = dictionary.Elements.Select(p => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                    Sanitize(p.Key) as ScalarValue ?? p.Key, Sanitize(p.Value))).ToList();
                return new DictionaryValue(pairs);
            default:
                return value;
        }
    }

    /// <summary>Escapes control characters as \r, \n, \t or \uXXXX and cuts the text to <see cref="MaxLength"/> characters.</summary>
    public static string Text(string text)
    {
        if (text.Length <= MaxLength && !text.Any(NeedsEscape)) return text;
        var kept = text.Length <= MaxLength ? text : text[..MaxLength];
        var safe = new StringBuilder(kept.Length + 32);
        foreach (var c in kept)
        {
            if (!NeedsEscape(c)) { safe.Append(c); continue; }
            safe.Append(c switch
            {
                '\r' => @"\r",
                '\n' => @"\n",
                '\t' => @"\t",
                _ => @"\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        if (text.Length > MaxLength) safe.Append("…(+").Append(text.Length - MaxLength).Append(" chars)");
        return safe.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
