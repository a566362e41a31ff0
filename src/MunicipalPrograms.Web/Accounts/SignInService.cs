using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MunicipalPrograms.Web.Data;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Accounts;

/// <summary>
/// Checks a user name and password so that the answer tells nothing: an unknown name, a wrong password, a name
/// locked for this address and a blocked account take the same steps (one user lookup, one lockout count, one
/// password hash, one log row) and give the same message. The lockout is per user name and address, so a stranger
/// elsewhere cannot lock anyone out (ADR 0012).
/// </summary>
public sealed class SignInService(
    AppDbContext db, UserManager<AppUser> users, TimeProvider clock, IOptions<SignInSettings> options, DummyPasswordHash dummy,
    ILogger<SignInService> logger)
{
    public const string RefusalMessage =
        "Неверное имя пользователя или пароль. После нескольких неудачных попыток вход с этого адреса временно ограничен.";

    private readonly SignInSettings _settings = options.Value;

    /// <returns>The user when the password is right and nothing refuses them; null otherwise.</returns>
    public async Task<AppUser?> CheckAsync(string userName, string password, string ipAddress)
    {
        var name = Cut(userName.Trim());
        var normalized = name.ToLowerInvariant();
        var now = clock.GetUtcNow();
        var user = await users.FindByNameAsync(name);
        var failures = await RecentFailuresAsync(normalized, ipAddress, now);
        // Always one hash, on the user's or on a dummy: an unknown name costs as much as a wrong password.
        var passwordRight = user?.PasswordHash is { } hash
            ? users.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed
            : dummy.VerifyAndFail(password);
        var outcome =
            user is null ? SignInOutcomes.UnknownUser
            : failures >= _settings.MaxFailures ? SignInOutcomes.Refused
            : user.LockoutEnd > now ? SignInOutcomes.Blocked
            : passwordRight ? SignInOutcomes.Succeeded
            : failures + 1 >= _settings.MaxFailures ? SignInOutcomes.LockedOut
            : SignInOutcomes.WrongPassword;
        db.SignInAttempts.Add(new SignInAttempt { At = now, UserName = name, NormalizedUserName = normalized, IpAddress = Cut(ipAddress), Outcome = outcome });
        await db.SaveChangesAsync();
        // Operators read failures in the log too; the user name is user text (SafeLogValues escapes and cuts it).
        if (outcome != SignInOutcomes.Succeeded) logger.LogWarning("Failed sign-in for {UserName} from {Address}: {Outcome}", userName, ipAddress, outcome);
        return outcome == SignInOutcomes.Succeeded ? user : null;
    }

    /// <summary>Failures of this name from this address within the lockout time, since its last success there.</summary>
    private async Task<int> RecentFailuresAsync(string normalized, string ipAddress, DateTimeOffset now)
    {
        var since = now - TimeSpan.FromMinutes(_settings.LockoutMinutes);
        var attempts = db.SignInAttempts.Where(a => a.NormalizedUserName == normalized && a.IpAddress == ipAddress && a.At > since);
        var lastSuccess = await attempts.Where(a => a.Outcome == SignInOutcomes.Succeeded).MaxAsync(a => (DateTimeOffset?)a.At) ?? since;
        return await attempts.CountAsync(a => a.At > lastSuccess && a.Outcome != SignInOutcomes.Succeeded);
    }

    private static string Cut(string text) =>
        text.Length > SignInAttempt.UserNameMaxLength ? text[..SignInAttempt.UserNameMaxLength] : text;
}

/// <summary>A hash of a random password made once with Identity's hasher and options, so verifying against it costs the same.</summary>
public sealed class DummyPasswordHash
{
    private static readonly AppUser Nobody = new() { UserName = "nobody" };
    private readonly PasswordHasher<AppUser> hasher;
    private readonly string _hash;

    public DummyPasswordHash(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<AppUser>(options);
        _hash = hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
    }

    /// <summary>Spends the time of a real check; always false, as no one knows the random password.</summary>
    public bool VerifyAndFail(string password)
    {
        hasher.VerifyHashedPassword(Nobody, _hash, password);
        return false;
    }
}
