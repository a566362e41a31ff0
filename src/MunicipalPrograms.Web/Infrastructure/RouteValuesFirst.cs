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
        options.Filters.Add(new RefuseUnreadableInput()); // NUL, controls, non-characters, over 100 000 characters
        options.ModelBinderProviders.Insert(0, new DefinedEnumBinderProvider());
    }
}

/// <summary>
/// An id, year or period in the address that does not bind (period=99, year=abc), or a year outside
/// <see cref="Domain.Common.ReportingPeriod.FirstYear"/>…<see cref="Domain.Common.ReportingPeriod.LastYear"/>, answers 400 instead of running the
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
            // A year outside the portal's years (0, -1, 10000, 2147483647, or missing where one is required) is no
            // reporting period: a Russian 400 instead of dates that cannot exist further down.
            if (parameter.Name == "year" && type == typeof(int))
            {
                var given = context.ActionArguments.TryGetValue("year", out var value) ? value as int?
                    : parameter.ParameterType == typeof(int) ? 0 : null;
                if (given is { } year && !Domain.Common.ReportingPeriod.IsPlausibleYear(year))
                {
                    context.Result = new BadRequestResult();
                    return;
                }
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context) { }
}

/// <summary>
/// An enum field binds only to a defined member: by default «99» or «-1» bound to an undefined value (a period 99,
/// a weight mode 99) that the code then took for something. Such a value is a binding error like «abc».
/// </summary>
public sealed class DefinedEnumBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type.IsEnum ? new Binder(new Microsoft.AspNetCore.Mvc.ModelBinding.Binders.SimpleTypeModelBinder(context.Metadata.ModelType,
            context.Services.GetRequiredService<ILoggerFactory>()), type) : null;
    }

    private sealed class Binder(IModelBinder inner, Type type) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (!context.Result.IsModelSet || context.Result.Model is null || Enum.IsDefined(type, context.Result.Model)) return;
            var attempted = context.ValueProvider.GetValue(context.ModelName).FirstValue ?? "";
            context.ModelState.TryAddModelError(context.ModelName,
                context.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(attempted, context.ModelMetadata.DisplayName ?? context.ModelName));
            context.Result = ModelBindingResult.Failed();
        }
    }
}
