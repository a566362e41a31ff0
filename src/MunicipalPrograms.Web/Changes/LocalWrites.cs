using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MunicipalPrograms.Web.Changes;

/// <summary>
/// Tells <see cref="ChangeWatch"/> of every write this instance commits, when it is committed: this instance's next page
/// must not wait for PostgreSQL's notification of its own save. Which tables a write touched is not asked (the watched
/// tables' triggers decide that); a write that changed no row, or one tagged <see cref="Unwatched"/>, does not count.
/// </summary>
public sealed class LocalWrites(ChangeWatch watch) : IDbCommandInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    /// <summary>
    /// The tag (<c>TagWith</c>) of a frequent write to a table nothing watches (a session's last activity), which would
    /// otherwise make every kept value be read again.
    /// </summary>
    public const string Unwatched = "unwatched";

    private static readonly string UnwatchedComment = $"-- {Unwatched}";

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Written(command, result);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken ct = default)
    {
        Written(command, result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => watch.Changed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        watch.Changed();
        return Task.CompletedTask;
    }

    // After SaveChanges' own transaction committed (inside an outer one, TransactionCommitted comes later as well).
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result != 0) watch.Changed();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (result != 0) watch.Changed();
        return ValueTask.FromResult(result);
    }

    private void Written(DbCommand command, int rows)
    {
        if (rows == 0 || command.CommandText.StartsWith(UnwatchedComment, StringComparison.Ordinal)) return;
        watch.Changed();
    }
}
