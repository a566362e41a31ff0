using System.Net.Sockets;
using MunicipalPrograms.Web.Accounts;
using Npgsql;

namespace MunicipalPrograms.Web.Infrastructure;

/// <summary>
/// While PostgreSQL is down or restarting, a request that needed it gets the Russian 503 page with Retry-After instead
/// of the 500 error page (issue 13: the load with faults found 500s during a 10 s database outage). Anything that is
/// not a lost database connection still goes to the ordinary error handler.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>Inside UseExceptionHandler, so it sees the exception first.</summary>
    public static IApplicationBuilder UseDatabaseUnavailablePage(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next();
        }
        catch (Exception e) when (IsOutage(e) && !context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILogger<DatabaseUnavailableLog>>()
                .LogWarning("Database unavailable for {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, e.GetBaseException().Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(PlainPage.Html("Сервис временно недоступен",
                "База данных портала временно недоступна. Повторите через минуту; если вы отправляли форму, обновите страницу и проверьте, сохранились ли данные."));
        }
    });

    /// <summary>A lost or refused connection anywhere in the chain (EF wraps Npgsql's errors in its own).</summary>
    public static bool IsOutage(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                // 57P01–57P03: the server is shutting down or starting; class 08: connection exceptions.
                case PostgresException pg when pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal):
                case NpgsqlException { IsTransient: true } and not PostgresException:
                case SocketException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>The log category of these warnings.</summary>
    public sealed class DatabaseUnavailableLog;
}
