using Microsoft.AspNetCore.Identity;

namespace MunicipalPrograms.Web.Identity;

/// <summary>
/// <c>dotnet MunicipalPrograms.Web.dll create-admin --user NAME [--name "ФИО"] [--reset-password]</c>: makes the first
/// server administrator (no municipality) of an empty installation, then exits without starting the web server.
/// The password is read from standard input (typed twice without echo at a terminal, or the first line of a pipe),
/// never from an argument or a file in the repository: arguments are visible to every user of the machine (ps).
/// An existing user name is refused; <c>--reset-password</c> gives that account the new password, makes it a server
/// administrator and unblocks it (the way back in when the only administrator forgot the password).
/// Messages are in Russian (the operator's language); exit code 0 on success, 1 on a refusal.
/// </summary>
public sealed class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const int Refused = 1;

    private const string Usage =
        "Использование: dotnet MunicipalPrograms.Web.dll create-admin --user ИМЯ [--name \"Фамилия Имя Отчество\"] [--reset-password]\n" +
        "Пароль читается со стандартного ввода.";

    public string UserName { get; private init; } = "";
    /// <summary>Null: «Администратор портала» for a new account, the old name for a reset one.</summary>
    public string? FullName { get; private init; }
    public bool ResetPassword { get; private init; }

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Parses the arguments after «create-admin»; null (and the usage on stderr) when they are wrong.</summary>
    public static CreateAdminCommand? Parse(string[] args, TextWriter error)
    {
        string? user = null, fullName = null;
        var reset = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--user" when i + 1 < args.Length: user = args[++i]; break;
                case "--name" when i + 1 < args.Length: fullName = args[++i]; break;
                case "--reset-password": reset = true; break;
                default:
                    error.WriteLine($"Неизвестный параметр «{args[i]}».");
                    error.WriteLine(Usage);
                    return null;
            }
        }
        if (string.IsNullOrWhiteSpace(user))
        {
            error.WriteLine("Укажите имя пользователя: --user ИМЯ.");
            error.WriteLine(Usage);
            return null;
        }
        return new CreateAdminCommand { UserName = user.Trim(), FullName = string.IsNullOrWhiteSpace(fullName) ? null : fullName.Trim(), ResetPassword = reset };
    }

    /// <summary>Reads the password: twice without echo at a terminal, else the first line of standard input.</summary>
    public static string? ReadPassword(TextWriter error)
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine();
        var first = ReadHidden("Пароль: ", error);
        var second = ReadHidden("Повторите пароль: ", error);
        if (first == second) return first;
        error.WriteLine("Пароли не совпадают.");
        return null;
    }

    private static string ReadHidden(string prompt, TextWriter error)
    {
        error.Write(prompt);
        var text = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
            else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        error.WriteLine();
        return text.ToString();
    }

    /// <summary>Creates (or, with --reset-password, resets) the account; the password policy is Identity's, as in the portal.</summary>
    public async Task<int> RunAsync(UserManager<AppUser> users, string? password, TextWriter output, TextWriter error, ILogger logger)
    {
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("Пароль не задан: передайте его на стандартный ввод команды.");
            return Refused;
        }
        var existing = await users.FindByNameAsync(UserName);
        if (existing is not null && !ResetPassword)
        {
            error.WriteLine($"Пользователь «{UserName}» уже существует. Чтобы задать ему новый пароль и сделать его администратором сервера, повторите команду с --reset-password.");
            return Refused;
        }

        // Checked before anything is written, so a refused password leaves an existing account as it was.
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, existing ?? new AppUser { UserName = UserName }, password);
            if (!check.Succeeded) return Refuse(check, error);
        }

        var user = existing ?? new AppUser { UserName = UserName, FullName = FullName ?? "Администратор портала" };
        if (FullName is not null) user.FullName = FullName;
        // A server administrator: bound to no municipality and no department (UserScope reads these).
        user.MunicipalityId = null;
        user.DepartmentId = null;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;

        IdentityResult result;
        if (existing is null) result = await users.CreateAsync(user, password);
        else
        {
            result = await users.UpdateAsync(user);
            if (result.Succeeded) result = await users.RemovePasswordAsync(user);
            if (result.Succeeded) result = await users.AddPasswordAsync(user, password); // a new security stamp
        }
        if (!result.Succeeded) return Refuse(result, error);

        // One role per user: the account is an administrator and nothing else.
        var roles = await users.GetRolesAsync(user);
        var others = roles.Where(r => r != Roles.Administrator).ToList();
        if (others.Count > 0 && !(result = await users.RemoveFromRolesAsync(user, others)).Succeeded) return Refuse(result, error);
        if (!roles.Contains(Roles.Administrator) && !(result = await users.AddToRoleAsync(user, Roles.Administrator)).Succeeded) return Refuse(result, error);

        logger.LogWarning("Server administrator {UserName} {Action} by the create-admin command", UserName, existing is null ? "created" : "reset");
        output.WriteLine(existing is null
            ? $"Администратор сервера «{UserName}» создан. Войдите на портал под этим именем."
            : $"Пользователю «{UserName}» задан новый пароль; он администратор сервера.");
        return 0;
    }

    private static int Refuse(IdentityResult result, TextWriter error)
    {
        error.WriteLine("Администратор не создан:");
        foreach (var e in result.Errors) error.WriteLine("  " + e.Description);
        return Refused;
    }
}
