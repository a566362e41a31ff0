using System.Text.RegularExpressions;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations.Hostile;

/// <summary>
/// The malformed requests made from one real form: every hostile value of each field kind once, rotated over the
/// fields of that kind (not the cross product), padded to the minimum; hostile ids and years in the address; wrong
/// content types, an empty body; then missing and duplicated fields, which a server may take (no 500 is asked of them).
/// </summary>
public static partial class HostileCases
{
    private const int Minimum = 50;

    private static readonly string[] Ids = ["0", "-1", "2147483648", "999999999999", "abc", "١٢٣", "1e3", "999999"];
    private static readonly string[] Years = ["0", "-1", "9999", "10000", "2147483647", "999999999999", "abc", "", "1e3", "٢٠٢٥", "１２３"];
    private static readonly string[] Periods = ["99", "-1", "Year2", "", "2147483648"];

    [GeneratedRegex("/(\\d+)(?=/|$|\\?)")]
    private static partial Regex NumericSegment();

    public static IEnumerable<HostileRequest> Of(PostEndpoint endpoint, PageForm page)
    {
        var form = page.Form;
        var fields = form.Fields.Select((f, i) => (f.Key, f.Value, Index: i))
            .Where(f => f.Key != HostileRequest.Token)
            .GroupBy(f => HostileValues.KindOf(f.Key, f.Value)).ToList();
        var cases = new List<HostileRequest>();
        foreach (var kind in fields)
        {
            var values = HostileValues.For(kind.Key);
            var list = kind.ToList();
            for (var i = 0; i < values.Count; i++)
                cases.Add(Value(page, list[i % list.Count], values[i]));
        }
        cases.AddRange(Address(endpoint, page));
        cases.Add(new("text/plain body", page.Action, () => HostileRequest.Text(form, "text/plain")));
        cases.Add(new("application/json body", page.Action, () => HostileRequest.Text(form, "application/json")));
        cases.Add(new("empty body", page.Action, () => new ByteArrayContent([])));
        // Padding: more values, each field in turn, until the minimum.
        var all = fields.SelectMany(k => k.Select(f => (Field: f, Values: HostileValues.For(k.Key)))).OrderBy(f => f.Field.Index).ToList();
        for (var round = 1; all.Count > 0 && cases.Count < Minimum; round++)
            foreach (var (field, values) in all.TakeWhile(_ => cases.Count < Minimum))
                cases.Add(Value(page, field, values[(field.Index + round * 7) % values.Count]));
        return cases.Concat(Tolerated(page, fields.SelectMany(k => k).ToList(), Minimum - cases.Count));
    }

    private static HostileRequest Value(PageForm page, (string Key, string Value, int Index) field, string value) =>
        new(value, page.Action, () => HostileRequest.Form(HostileRequest.With(page.Form, field.Index, value)), Field: field.Key);

    /// <summary>The form as is, sent to addresses with a hostile id, year or period.</summary>
    private static IEnumerable<HostileRequest> Address(PostEndpoint endpoint, PageForm page)
    {
        var body = () => HostileRequest.Form(page.Form.Fields);
        if (NumericSegment().Match(page.Path) is { Success: true } id)
            foreach (var v in Ids)
                yield return new($"id {HostileRequest.Show(v)}", page.Path[..id.Index] + "/" + Uri.EscapeDataString(v) + page.Path[(id.Index + id.Length)..] + Query(page), body);
        if (endpoint.Takes("year"))
            foreach (var v in Years) yield return new($"year={HostileRequest.Show(v)}", WithQuery(page, "year", v), body);
        if (endpoint.Takes("period"))
            foreach (var v in Periods) yield return new($"period={v}", WithQuery(page, "period", v), body);
    }

    /// <summary>Requests a server may accept (a forged but harmless form): only «no 500» and escaped markup are asked.</summary>
    private static IEnumerable<HostileRequest> Tolerated(PageForm page, List<(string Key, string Value, int Index)> fields, int padding)
    {
        var form = page.Form;
        foreach (var field in fields.Take(6))
        {
            yield return new("missing", page.Action, () => HostileRequest.Form(form.Fields.Where((_, i) => i != field.Index)), true, field.Key);
            yield return new("duplicated", page.Action, () => HostileRequest.Form(form.Fields.Append(form.Fields[field.Index])), true, field.Key);
        }
        foreach (var field in fields.Where(f => HostileValues.KindOf(f.Key, f.Value) == FieldKind.Text).Take(2))
            foreach (var markup in HostileValues.Markup)
                yield return new(markup, page.Action, () => HostileRequest.Form(HostileRequest.With(form, field.Index, markup)), true, field.Key);
        foreach (var field in fields.Where(f => HostileValues.KindOf(f.Key, f.Value) == FieldKind.Number).Take(1))
            yield return new("-0", page.Action, () => HostileRequest.Form(HostileRequest.With(form, field.Index, "-0")), true, field.Key);
        yield return new("multipart without the fields", page.Action, () => HostileRequest.TokenOnlyMultipart(form), true);
        // Forms with no fields of their own: the address's names sent as fields (the address wins: RouteValuesFirst).
        string[] names = ["id", "year", "period", "version", "reason"];
        for (var i = 0; i < padding; i++)
        {
            var (name, value) = (names[i % names.Length], HostileValues.For(FieldKind.Number)[i % 20]);
            yield return new(HostileRequest.Show(value), page.Action, () => HostileRequest.Form(form.Fields.Append(new(name, value))), true, "extra " + name);
        }
    }

    private static string Query(PageForm page) => page.Action.Contains('?', StringComparison.Ordinal) ? page.Action[page.Action.IndexOf('?', StringComparison.Ordinal)..] : "";

    private static string WithQuery(PageForm page, string name, string value)
    {
        var query = Query(page).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase)).Append(name + "=" + Uri.EscapeDataString(value));
        return page.Path + "?" + string.Join("&", query);
    }
}
