using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MunicipalPrograms.Web.Presentation;

/// <summary>
/// Model binding's own messages in Russian (a value that does not fit the field's type, a missing value). The forms
/// read numbers and dates as text and check them with their own messages; these cover what binds before that.
/// </summary>
public static class RussianBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"Значение «{value}» не подходит для поля «{field}».");
        m.SetMissingBindRequiredValueAccessor(field => $"Заполните поле «{field}».");
        m.SetMissingKeyOrValueAccessor(() => "Заполните значение.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Форма пришла пустой: откройте страницу заново.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значение «{value}» не подходит.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Значение не подходит.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Введите число.");
        m.SetUnknownValueIsInvalidAccessor(field => $"Значение не подходит для поля «{field}».");
        m.SetValueIsInvalidAccessor(value => $"Значение «{value}» не подходит.");
        m.SetValueMustBeANumberAccessor(field => $"В поле «{field}» введите число.");
        m.SetValueMustNotBeNullAccessor(value => $"Заполните значение «{value}».");
    }
}
