using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPrograms.Domain.Notifications;
using MunicipalPrograms.Web.Identity;

namespace MunicipalPrograms.Web.Data.Configurations;

public class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.ProgramCode).HasMaxLength(100);
        b.Property(x => x.ProgramName).HasMaxLength(Notification.NameMaxLength);
        b.Property(x => x.Actor).HasMaxLength(300);
        b.Property(x => x.Note).HasMaxLength(Notification.NoteMaxLength);
        b.Property(x => x.Link).HasMaxLength(Notification.LinkMaxLength);
        b.Property(x => x.DedupKey).HasMaxLength(Notification.DedupKeyMaxLength);
        b.Ignore(x => x.ReportingPeriod);
        // The bell counts a user's unread ones on every page.
        b.HasIndex(x => new { x.UserId, x.ReadAt });
        // A reminder found by two portal instances (or twice by one) is stored once.
        b.HasIndex(x => new { x.UserId, x.DedupKey }).IsUnique().HasFilter("dedup_key IS NOT NULL");
        b.HasIndex(x => x.CreatedAt);
        // A user's notifications go with the account.
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.ToTable("outbox_emails");
        b.Property(x => x.ToAddress).HasMaxLength(OutboxEmail.AddressMaxLength);
        b.Property(x => x.ToUserId).HasMaxLength(450);
        b.Property(x => x.Subject).HasMaxLength(OutboxEmail.SubjectMaxLength);
        b.Property(x => x.LastError).HasMaxLength(OutboxEmail.ErrorMaxLength);
        b.Property(x => x.ClaimedBy).HasMaxLength(200);
        b.Property(x => x.Version).IsRowVersion().HasColumnName("xmin");
        // The sender's query: what is waiting and due.
        b.HasIndex(x => new { x.State, x.NextAttemptAt });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ToUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
