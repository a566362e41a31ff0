using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MunicipalPrograms.Web.StaleForms;

/// <summary>
/// A POST whose antiforgery token no longer matches (signed out in another tab, signed in as someone else, keys
/// changed) answers the Russian page «Форма устарела» with a way back. Without this filter the antiforgery check
/// answers an empty 400, and the status-code page cannot help: it is re-executed as the same POST and fails the
/// same check. An always-run result filter is the one hook that sees the result an authorization filter set.
/// </summary>
public sealed class StaleFormFilter : IAlwaysRunResultFilter
{
    public const string ViewPath = "~/Views/Shared/StaleForm.cshtml";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult) return;
        // The check runs before the controller exists, so the view's data is made here as a controller would.
        var services = context.HttpContext.RequestServices;
        context.Result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary<StaleFormPage>(services.GetRequiredService<IModelMetadataProvider>(), context.ModelState)
            {
                Model = StaleFormPage.For(context.HttpContext.Request),
            },
            TempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext),
        };
    }

    public void OnResultExecuted(ResultExecutedContext context) { }
}

/// <summary>Where the «Форма устарела» page leads back to.</summary>
public sealed record StaleFormPage(string BackUrl, string SignInUrl)
{
    private const string LoginPath = "/Account/Login";

    /// <summary>Back to the page the form came from (its Referer, if it is this portal's), else the start page.</summary>
    public static StaleFormPage For(HttpRequest request)
    {
        var back = LocalReferer(request) ?? "/";
        var signIn = back.StartsWith(LoginPath, StringComparison.OrdinalIgnoreCase) ? back
            : LoginPath + "?ReturnUrl=" + Uri.EscapeDataString(back);
        return new StaleFormPage(back, signIn);
    }

    private static string? LocalReferer(HttpRequest request)
    {
        if (!Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)) return null;
        if (referer.Scheme is not ("http" or "https")) return null;
        // Only this portal's pages: a link elsewhere would turn the error page into an open redirect.
        var sameHost = string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        return sameHost && referer.PathAndQuery.StartsWith('/') && !referer.PathAndQuery.StartsWith("//") ? referer.PathAndQuery : null;
    }
}
