using System.Text.RegularExpressions;

namespace MunicipalPrograms.Domain.Tests.Quality;

/// <summary>
/// A small scan of C# test sources (no compiler): finds test methods that assert nothing and tests that read the
/// machine's clock. Comments, strings and chars are blanked first, so text in them never counts either way.
/// </summary>
public static partial class TestSourceScan
{
    public sealed record SourceFile(string Path, string Text);

    /// <summary>
    /// Every [Fact] or [Theory] method whose body has no assertion: no <c>.Should(</c>, no <c>Assert.</c>, no
    /// Playwright <c>Assertions.Expect</c>, and no call to a helper named Assert…/Expect… that itself asserts
    /// (directly or through another such helper). Returns «path: method».
    /// </summary>
    public static List<string> MethodsWithoutAssertion(IEnumerable<SourceFile> files) =>
        TestMethods(files).Where(t => !t.Asserts).Select(t => $"{t.Path}: {t.Name}").ToList();

    /// <summary>Every [Fact] or [Theory] method found, and whether it asserts (see <see cref="MethodsWithoutAssertion"/>).</summary>
    public static List<(string Path, string Name, bool Asserts)> TestMethods(IEnumerable<SourceFile> files)
    {
        var code = files.Select(f => new SourceFile(f.Path, CodeOnly(f.Text))).ToList();
        var helpers = code.SelectMany(f => Helpers(f.Text)).ToList();
        var asserting = new HashSet<string>(StringComparer.Ordinal);
        for (var added = true; added;)
        {
            added = false;
            foreach (var (name, body) in helpers)
                if (!asserting.Contains(name) && Asserts(body, asserting)) added = asserting.Add(name);
        }
        return code.SelectMany(f => Tests(f.Text).Select(t => (f.Path, t.Name, Asserts(t.Body, asserting)))).ToList();
    }

    /// <summary>How many [Fact]/[Theory] attributes the sources hold (outside comments and strings).</summary>
    public static int TestAttributes(IEnumerable<SourceFile> files) => files.Sum(f => TestAttribute().Matches(CodeOnly(f.Text)).Count);

    /// <summary>Every use of the machine's clock outside comments and strings: «path:line: what».</summary>
    public static List<string> ClockReads(IEnumerable<SourceFile> files) =>
        files.SelectMany(f =>
        {
            var code = CodeOnly(f.Text);
            return ClockRead().Matches(code).Select(m => $"{f.Path}:{code[..m.Index].Count(c => c == '\n') + 1}: {m.Value}");
        }).ToList();

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\s*\.\s*(Now|Today|UtcNow)\b|\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex ClockRead();

    [GeneratedRegex(@"\.\s*Should\s*\(|\bAssert\s*\.\s*\w|\bAssertions\s*\.\s*Expect")]
    private static partial Regex DirectAssertion();

    [GeneratedRegex(@"\b((?:Assert|Expect)\w*)\s*(?:<[^<>()]*>)?\s*\(")]
    private static partial Regex AssertionLikeCall();

    [GeneratedRegex(@"\[\s*(?:Xunit\s*\.\s*)?(?:Fact|Theory)(?:Attribute)?\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"(\w+)\s*(?:<[^<>()]*>)?\s*\($")]
    private static partial Regex MethodName();

    private static bool Asserts(string body, HashSet<string> assertingHelpers) =>
        DirectAssertion().IsMatch(body)
        || AssertionLikeCall().Matches(body).Any(m => assertingHelpers.Contains(m.Groups[1].Value));

    /// <summary>Methods named Assert…/Expect… declared in the code (a call is not followed by a body).</summary>
    private static IEnumerable<(string Name, string Body)> Helpers(string code)
    {
        foreach (Match m in AssertionLikeCall().Matches(code))
        {
            var close = Matching(code, m.Index + m.Length - 1, '(', ')');
            if (close < 0) continue;
            var body = BodyAt(code, close + 1);
            if (body is not null) yield return (m.Groups[1].Value, body);
        }
    }

    private static IEnumerable<(string Name, string Body)> Tests(string code)
    {
        foreach (Match m in TestAttribute().Matches(code))
        {
            var i = Matching(code, m.Index, '[', ']') + 1;
            if (i <= 0) continue;
            // Further attributes ([InlineData(…)], [Trait(…)]) before the declaration.
            while (true)
            {
                while (i < code.Length && char.IsWhiteSpace(code[i])) i++;
                if (i >= code.Length || code[i] != '[') break;
                i = Matching(code, i, '[', ']') + 1;
                if (i <= 0) break;
            }
            var open = code.IndexOf('(', i);
            if (open < 0) continue;
            var name = MethodName().Match(code[i..(open + 1)]);
            var close = Matching(code, open, '(', ')');
            var body = close < 0 ? null : BodyAt(code, close + 1);
            if (name.Success && body is not null) yield return (name.Groups[1].Value, body);
        }
    }

    /// <summary>The block or expression body that starts after a parameter list, or null if none follows.</summary>
    private static string? BodyAt(string code, int i)
    {
        while (i < code.Length && char.IsWhiteSpace(code[i])) i++;
        if (i < code.Length && code[i] == '{')
        {
            var end = Matching(code, i, '{', '}');
            return end < 0 ? null : code[i..(end + 1)];
        }
        if (i + 1 < code.Length && code[i] == '=' && code[i + 1] == '>')
        {
            var depth = 0;
            for (var j = i + 2; j < code.Length; j++)
            {
                var c = code[j];
                if (c is '(' or '{' or '[') depth++;
                else if (c is ')' or '}' or ']') depth--;
                else if (c == ';' && depth == 0) return code[i..(j + 1)];
            }
        }
        return null;
    }

    private static int Matching(string code, int open, char opening, char closing)
    {
        var depth = 0;
        for (var j = open; j < code.Length; j++)
        {
            if (code[j] == opening) depth++;
            else if (code[j] == closing && --depth == 0) return j;
        }
        return -1;
    }

    /// <summary>The source with comments, string and char literals replaced by spaces (line breaks kept).</summary>
    public static string CodeOnly(string source)
    {
        var text = source.ToCharArray();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            int end;
            if (c == '/' && next == '/') end = IndexOrEnd(source, "\n", i);
            else if (c == '/' && next == '*') end = Math.Min(source.Length, IndexOrEnd(source, "*/", i + 2) + 2);
            else if (c == '\'') end = EndOfChar(source, i);
            else if (c == '"')
            {
                var start = i;
                while (start > 0 && source[start - 1] is '$' or '@') start--;
                end = EndOfString(source, start);
                i = start;
            }
            else
            {
                i++;
                continue;
            }
            for (var j = i; j < end && j < text.Length; j++) if (text[j] != '\n') text[j] = ' ';
            i = Math.Max(end, i + 1);
        }
        return new string(text);
    }

    private static int IndexOrEnd(string s, string what, int from)
    {
        var k = s.IndexOf(what, from, StringComparison.Ordinal);
        return k < 0 ? s.Length : k;
    }

    private static int EndOfChar(string s, int i)
    {
        var j = i + 1;
        if (j < s.Length && s[j] == '\\') j += 2;
        else j++;
        while (j < s.Length && s[j] != '\'' && s[j] != '\n') j++;
        return Math.Min(s.Length, j + 1);
    }

    /// <summary>The index after a string literal starting at <paramref name="start"/> (at its $/@ prefix or quote).</summary>
    private static int EndOfString(string s, int start)
    {
        var p = start;
        var verbatim = false;
        var interpolated = false;
        while (s[p] is '$' or '@')
        {
            verbatim |= s[p] == '@';
            interpolated |= s[p] == '$';
            p++;
        }
        var quotes = 0;
        while (p + quotes < s.Length && s[p + quotes] == '"') quotes++;
        if (!verbatim && quotes >= 3)
            return Math.Min(s.Length, IndexOrEnd(s, new string('"', quotes), p + quotes) + quotes);
        var j = p + 1;
        while (j < s.Length)
        {
            var c = s[j];
            if (verbatim && c == '"' && j + 1 < s.Length && s[j + 1] == '"') j += 2;
            else if (c == '"') return j + 1;
            else if (!verbatim && c == '\\') j += 2;
            else if (!verbatim && c == '\n') return j;
            else if (interpolated && c == '{' && j + 1 < s.Length && s[j + 1] == '{') j += 2;
            else if (interpolated && c == '{') j = EndOfHole(s, j);
            else j++;
        }
        return s.Length;
    }

    /// <summary>The index after an interpolation hole, which may hold strings, chars and braces of its own.</summary>
    private static int EndOfHole(string s, int open)
    {
        var depth = 0;
        var j = open;
        while (j < s.Length)
        {
            var c = s[j];
            if (c == '"' || (c is '$' or '@' && j + 1 < s.Length && s[j + 1] is '"' or '$' or '@'))
            {
                j = EndOfString(s, j);
                continue;
            }
            if (c == '\'') { j = EndOfChar(s, j); continue; }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return j + 1;
            j++;
        }
        return s.Length;
    }
}
