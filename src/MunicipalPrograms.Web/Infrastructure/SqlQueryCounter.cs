using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// Counts the SQL commands of one request. With Diagnostics:CountSqlQueries on, every response carries
/// the count in an X-Sql-Queries header: the load benchmark and the tests use it to show that a page
/// costs a fixed number of queries, whatever the number of indicators.
/// </summary>
public sealed class SqlQueryCounter
{
    private int _count;
    public int Count => _count;
    public void Increment() => Interlocked.Increment(ref _count);
}

/// <summary>
/// One instance for the whole application (a new instance per DbContext would give EF Core different
/// options every time and cost it its internal caches); it finds the request's counter through the
/// HTTP context, and counts nothing outside a request.
/// </summary>
public sealed class SqlQueryCountingInterceptor(IHttpContextAccessor http) : DbCommandInterceptor
{
    private void Count() => http.HttpContext?.RequestServices.GetService<SqlQueryCounter>()?.Increment();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}

public static class SqlQueryCountHeader
{
    public const string Name = "X-Sql-Queries";

    public static IApplicationBuilder UseSqlQueryCountHeader(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var counter = context.RequestServices.GetRequiredService<SqlQueryCounter>();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Name] = counter.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        await next();
    });
}
