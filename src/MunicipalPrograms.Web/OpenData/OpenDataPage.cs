namespace MunicipalPrograms.Web.OpenData;

/// <summary>The Russian words of the open-data page.</summary>
public static class OpenDataPage
{
    public static string Caption(FieldType type) => type switch
    {
        FieldType.Integer => "целое число",
        FieldType.Number => "число",
        FieldType.Date => "дата",
        FieldType.DateTime => "дата и время",
        _ => "текст",
    };
}
