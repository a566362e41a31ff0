using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// No form or address value reaches an action with characters nobody types — NUL (PostgreSQL refuses it in text:
/// a NUL in the sign-in name was a 500), other control characters except tab and line breaks, lone surrogates,
/// Unicode non-characters (U+FFFE, U+FFFF, U+FDD0…U+FDEF) — or longer than <see cref="MaxLength"/> characters (a
/// 1 MB value; every field has a far smaller limit of its own, checked by its form with a message next to it).
/// Such a request answers a Russian 400 page naming the field; an action marked <see cref="ReportsUnreadableInputAttribute"/>
/// gets the error in its model state instead and answers as it answers any invalid form (the sign-in page).
/// </summary>
public sealed class RefuseUnreadableInput : IAsyncActionFilter
{
    public const int MaxLength = 100_000;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (await ProblemAsync(context.HttpContext) is { } found) Refuse(context, found.Name, found.Problem);
        if (context.Result is null) await next();
    }

    private static async Task<(string Name, string Problem)?> ProblemAsync(HttpContext http)
    {
        // The error pages are re-executions of the failed request: they must answer whatever it carried.
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null) return null;
        var request = http.Request;
        var values = request.Query.Select(q => (q.Key, q.Value)).ToList();
        if (request.HasFormContentType)
        {
            try { values.AddRange((await request.ReadFormAsync(http.RequestAborted)).Select(f => (f.Key, f.Value))); }
            catch (InvalidDataException) { return ("", "форма не читается (неверная кодировка или размер)."); }
        }
        foreach (var (name, value) in values)
        {
            if (UnreadableText.Problem(name) is { } badName) return (name, badName);
            foreach (var text in value)
                if (UnreadableText.Problem(text) is { } problem) return (name, problem);
        }
        return null;
    }

    private static void Refuse(ActionExecutingContext context, string name, string problem)
    {
        if (context.ActionDescriptor.EndpointMetadata.OfType<ReportsUnreadableInputAttribute>().FirstOrDefault() is { } own)
        {
            if (own.Refusal is { } refusal) context.ModelState.AddModelError("", refusal);
            else context.ModelState.AddModelError(name, problem);
            return;
        }
        var services = context.HttpContext.RequestServices;
        var viewData = new ViewDataDictionary(services.GetRequiredService<IModelMetadataProvider>(), context.ModelState)
        {
            ["Status"] = StatusCodes.Status400BadRequest,
            ["Message"] = $"Запрос отклонен: поле «{UnreadableText.Printable(name)}» — {problem} Исправьте значение и повторите действие.",
        };
        context.Result = new ViewResult
        {
            ViewName = "~/Views/Shared/Error.cshtml",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = viewData,
            TempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext),
        };
    }

}

/// <summary>
/// The action reports unreadable input itself (see <see cref="RefuseUnreadableInput"/>): as the error of the field,
/// or as its one <see cref="Refusal"/> for the whole form (the sign-in page says no more than «wrong name or password»).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReportsUnreadableInputAttribute(string? refusal = null) : Attribute
{
    public string? Refusal { get; } = refusal;
}

/// <summary>What is wrong with a typed text, in Russian, or null when a person could have typed it.</summary>
public static class UnreadableText
{
    public static string? Problem(string? text)
    {
        if (text is null) return null;
        if (text.Length > RefuseUnreadableInput.MaxLength)
            return $"значение длиннее {RuLength(RefuseUnreadableInput.MaxLength)} символов.";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if ((char.ConvertToUtf32(c, text[++i]) & 0xFFFE) == 0xFFFE) return Unreadable;
                continue;
            }
            if (IsUnreadable(c)) return Unreadable;
        }
        return null;
    }

    private const string Unreadable = "в значении есть управляющие или недопустимые символы Юникода.";

    private static bool IsUnreadable(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F'
        || char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' || c >= '\uFFFE';

    /// <summary>A field name as the page may print it (names come from the request too).</summary>
    public static string Printable(string name)
    {
        var cut = name.Length > 60 ? name[..60] + "…" : name;
        var builder = new StringBuilder(cut.Length);
        foreach (var c in cut) builder.Append(IsUnreadable(c) ? '?' : c);
        return builder.ToString();
    }

    private static string RuLength(int n) => MunicipalPrograms.Domain.Common.RuFormat.Number(n);
}
