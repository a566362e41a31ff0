namespace MunicipalPrograms.Web.Identity;

/// <summary>The four roles of the portal (one per user).</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    /// <summary>Финансово-экономическое управление: reviews, accepts and returns reports.</summary>
    public const string Finance = "Finance";
    /// <summary>Ответственный исполнитель or соисполнитель: enters the year's facts.</summary>
    public const string Executor = "Executor";
    public const string Viewer = "Viewer";

    public static readonly string[] All = [Administrator, Finance, Executor, Viewer];

    public const string FinanceOrAdministrator = Finance + "," + Administrator;

    public static string Caption(string role) => role switch
    {
        Administrator => "Администратор",
        Finance => "Финансово-экономическое управление",
        Executor => "Исполнитель",
        Viewer => "Просмотр",
        _ => role,
    };
}
