using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Accounts;

/// <summary>
/// One signed-in browser. The sign-in cookie carries only <see cref="Key"/>; every request checks that this row
/// is still open, so ending the row ends the session on every portal instance (ADR 0012).
/// </summary>
public class UserSession
{
    public const int UserAgentMaxLength = 300;

    public long Id { get; set; }

    /// <summary>The random opaque value in the cookie's session claim; never shown on a page.</summary>
    public string Key { get; set; } = "";

    public string UserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it ended: <see cref="SessionEndReasons"/>.</summary>
    public string? EndReason { get; set; }

    public string? UserAgent { get; set; }
    public string? IpAddress { get; set; }
}

public static class SessionEndReasons
{
    public const string SignedOut = "signed_out";
    public const string PasswordChanged = "password_changed";
    public const string EndedByUser = "ended_by_user";
    public const string Blocked = "blocked";
    /// <summary>An administrator changed the account (role, municipality, department, block, password).</summary>
    public const string ChangedByAdministrator = "changed_by_admin";
}

public class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("user_sessions");
        b.Property(x => x.Key).HasMaxLength(64);
        b.HasIndex(x => x.Key).IsUnique();
        b.HasIndex(x => x.UserId);
        b.Property(x => x.EndReason).HasMaxLength(30);
        b.Property(x => x.UserAgent).HasMaxLength(UserSession.UserAgentMaxLength);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
