using System.Net;
using System.Text;
using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations.Hostile;

/// <summary>One malformed request made from a real form: what was changed (for the report) and how to send it.</summary>
public sealed record HostileRequest(string Case, string Url, Func<HttpContent> Body, bool MayChangeData = false, string? Field = null)
{
    public const string Token = "__RequestVerificationToken";

    public override string ToString() => Field is null ? Case : $"{Field} = {Show(Case)}";

    /// <summary>A value as the report prints it: short, controls and surrogates as \uXXXX.</summary>
    public static string Show(string value, int length = 40)
    {
        var text = value.Length > length ? $"{value[..(length / 2)]}…({value.Length} chars)" : value;
        return string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) || c >= '\uFDD0' && c <= '\uFDEF' || c >= '\uFFFE'
            ? $"\\u{(int)c:X4}" : c.ToString()));
    }

    public static HttpContent Form(IEnumerable<KeyValuePair<string, string>> fields) => new RawFormContent(fields);

    public static IEnumerable<KeyValuePair<string, string>> With(HtmlForm form, int index, string value) =>
        form.Fields.Select((f, i) => i == index ? new KeyValuePair<string, string>(f.Key, value) : f);

    public static HttpContent Text(HtmlForm form, string mediaType) =>
        new StringContent(mediaType == "application/json"
            ? System.Text.Json.JsonSerializer.Serialize(form.Fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value))
            : string.Join("&", form.Fields.Select(f => f.Key + "=" + f.Value)), Encoding.UTF8, mediaType);

    /// <summary>multipart/form-data with the token only: every other field missing.</summary>
    public static HttpContent TokenOnlyMultipart(HtmlForm form)
    {
        var content = new MultipartFormDataContent();
        content.Add(new StringContent(form[Token] ?? ""), Token);
        return content;
    }

    /// <summary>
    /// application/x-www-form-urlencoded written by hand: FormUrlEncodedContent refuses lone surrogates (it encodes
    /// strictly), a hostile client does not — it sends the bytes, here as percent-escaped WTF-8.
    /// </summary>
    private sealed class RawFormContent : ByteArrayContent
    {
        public RawFormContent(IEnumerable<KeyValuePair<string, string>> fields) : base(Encode(fields)) =>
            Headers.ContentType = new("application/x-www-form-urlencoded");

        private static byte[] Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
            Encoding.ASCII.GetBytes(string.Join("&", fields.Select(f => Escape(f.Key) + "=" + Escape(f.Value))));

        private static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                    builder.Append(WtfEight(c)); // a lone surrogate, as the three bytes an unchecked encoder writes
                else if (char.IsHighSurrogate(c)) { builder.Append(Uri.EscapeDataString(text.Substring(i, 2))); i++; }
                else builder.Append(Uri.EscapeDataString(c.ToString()));
            }
            return builder.ToString();
        }

        private static string WtfEight(char c) =>
            $"%{0xE0 | (c >> 12):X2}%{0x80 | ((c >> 6) & 0x3F):X2}%{0x80 | (c & 0x3F):X2}";
    }

    public static bool IsRussianRefusal(HttpStatusCode status, string html) =>
        (int)status is >= 400 and < 500 && html.Any(c => c is >= 'А' and <= 'я');
}
