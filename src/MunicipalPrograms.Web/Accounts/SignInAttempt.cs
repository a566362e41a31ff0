using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MunicipalPrograms.Web.Accounts;

/// <summary>
/// One sign-in attempt: the administrator's «Журнал входа», and what the lockout of a user name from one
/// address is counted from.
/// </summary>
public class SignInAttempt
{
    public const int UserNameMaxLength = 100;

    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>As typed, trimmed and cut to <see cref="UserNameMaxLength"/>.</summary>
    public string UserName { get; set; } = "";

    /// <summary>Lower case: what the lockout counts by.</summary>
    public string NormalizedUserName { get; set; } = "";

    public string IpAddress { get; set; } = "";

    /// <summary>One of <see cref="SignInOutcomes"/>.</summary>
    public string Outcome { get; set; } = "";
}

public static class SignInOutcomes
{
    public const string Succeeded = "succeeded";
    public const string UnknownUser = "unknown_user";
    public const string WrongPassword = "wrong_password";
    /// <summary>This failure reached the limit: the name is locked for this address.</summary>
    public const string LockedOut = "locked_out";
    /// <summary>Refused without looking at the password's result: the name is locked for this address.</summary>
    public const string Refused = "refused_locked";
    /// <summary>The account is blocked (Identity lockout set by an administrator).</summary>
    public const string Blocked = "blocked";

    public static bool IsFailure(string outcome) => outcome != Succeeded;

    public static string Caption(string outcome) => outcome switch
    {
        Succeeded => "вход выполнен",
        UnknownUser => "нет такого пользователя",
        WrongPassword => "неверный пароль",
        LockedOut => "неверный пароль; вход с этого адреса заблокирован",
        Refused => "отказ: вход с этого адреса заблокирован",
        Blocked => "отказ: учетная запись заблокирована",
        _ => outcome,
    };
}

public class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> b)
    {
        b.ToTable("sign_in_attempts");
        b.Property(x => x.UserName).HasMaxLength(SignInAttempt.UserNameMaxLength);
        b.Property(x => x.NormalizedUserName).HasMaxLength(SignInAttempt.UserNameMaxLength);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.Outcome).HasMaxLength(20);
        b.HasIndex(x => new { x.NormalizedUserName, x.IpAddress, x.At });
        b.HasIndex(x => x.At);
    }
}
