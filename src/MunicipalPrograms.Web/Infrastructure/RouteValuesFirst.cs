using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// Route and query values win over form fields of the same name: MVC reads the form first by default, so a body field
/// year=2032 turned a submission for 2025 into one for 2032. The form's value providers go last, for every action.
/// </summary>
public static class RouteValuesFirst
{
    public static void Apply(MvcOptions options)
    {
        var formFactories = options.ValueProviderFactories
            .Where(f => f is FormValueProviderFactory or JQueryFormValueProviderFactory or FormFileValueProviderFactory).ToList();
        foreach (var f in formFactories) options.ValueProviderFactories.Remove(f);
        foreach (var f in formFactories) options.ValueProviderFactories.Add(f);
        options.Filters.Add(new RefuseUnreadableAddress());
    }
}

/// <summary>
/// An id, year or period in the address that does not bind (period=99, year=abc) answers 400 instead of running the
/// action with a default value (period=99 used to become the annual report). Applies to simple action parameters
/// only: form models report their own errors next to their fields.
/// </summary>
public sealed class RefuseUnreadableAddress : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (!(type.IsEnum || type.IsPrimitive)) continue;
            if (context.ModelState.TryGetValue(parameter.Name, out var entry) && entry.ValidationState == ModelValidationState.Invalid)
            {
                context.Result = new BadRequestResult();
                return;
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context) { }
}
