using System.Net;
using System.Text.RegularExpressions;

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// The fields of one form of a page, as a browser would submit them (unchecked boxes left out,
/// textareas with their text, selects with the selected option). Enough for our own server-rendered forms.
/// </summary>
public sealed partial class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    [GeneratedRegex("<(textarea|select)\\b([^>]*)>(.*?)</\\1>|<(input)\\b([^>]*)>", RegexOptions.Singleline)]
    private static partial Regex FieldPattern();

    [GeneratedRegex("([\\w-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<option\\b([^>]*)>", RegexOptions.Singleline)]
    private static partial Regex OptionPattern();

    public static HtmlForm Parse(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"No form #{formId} on the page.");
        return ParseBody(html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)]);
    }

    /// <summary>The fields of the markup between a form's opening tag and its end.</summary>
    public static HtmlForm ParseBody(string body)
    {
        var form = new HtmlForm();
        foreach (Match m in FieldPattern().Matches(body))
        {
            var (tag, attributeText, content) = m.Groups[1].Success
                ? (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)
                : (m.Groups[4].Value, m.Groups[5].Value, "");
            var attributes = AttributePattern().Matches(attributeText).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (!attributes.TryGetValue("name", out var name)) continue;
            var value = tag switch
            {
                "textarea" => WebUtility.HtmlDecode(content),
                "select" => SelectedOption(content),
                _ when attributes.GetValueOrDefault("type") == "checkbox" && !attributeText.Contains("checked", StringComparison.Ordinal) => null,
                _ => attributes.GetValueOrDefault("value", ""),
            };
            if (value is not null) form._fields.Add(new(name, value));
        }
        return form;
    }

    private static string SelectedOption(string options)
    {
        var all = OptionPattern().Matches(options).Select(o => o.Groups[1].Value).ToList();
        var selected = all.FirstOrDefault(o => o.Contains("selected", StringComparison.Ordinal)) ?? all.FirstOrDefault() ?? "";
        return WebUtility.HtmlDecode(AttributePattern().Matches(selected).FirstOrDefault(a => a.Groups[1].Value == "value")?.Groups[2].Value ?? "");
    }

    /// <summary>The fields in page order, as they would be posted.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>The names of the fields, in page order (a name may repeat).</summary>
    public IEnumerable<string> Names => _fields.Select(f => f.Key);

    public string? this[string name] => _fields.LastOrDefault(f => f.Key == name).Value;

    /// <summary>Sets the (first) field of that name, as typing into it would.</summary>
    public HtmlForm Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        if (index < 0) throw new InvalidOperationException($"The form has no field {name}.");
        _fields[index] = new(name, value);
        return this;
    }

    /// <summary>Ticks a checkbox: before its hidden "false" companion when it has one, else as a new field.</summary>
    public HtmlForm Check(string name)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        _fields.Insert(index < 0 ? _fields.Count : index, new(name, "true"));
        return this;
    }

    /// <summary>Adds a field the page does not offer (as a forged or scripted request would).</summary>
    public HtmlForm Add(string name, string value)
    {
        _fields.Add(new(name, value));
        return this;
    }

    public HtmlForm Without(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public FormUrlEncodedContent Content() => new(_fields);
}
