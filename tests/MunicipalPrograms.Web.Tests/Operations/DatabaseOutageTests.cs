using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MunicipalPrograms.Web.Infrastructure;
using Npgsql;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>
/// A request that loses the database (the load with faults of issue 13 stopped PostgreSQL for 10 s and got 500s) is
/// answered with the Russian 503 page and Retry-After; other errors still reach the ordinary error handler. The
/// exceptions are those the portal logged in that run: EF's transient-failure wrapper over a refused connection, and
/// PostgreSQL's «terminating connection» / «shutting down».
/// </summary>
public sealed class DatabaseOutageTests
{
    public static TheoryData<string> Outages => ["refused", "57P01", "57P03"];

    [Theory]
    [MemberData(nameof(Outages))]
    public async Task LostDatabaseAnswersRussian503WithRetryAfter(string outage)
    {
        var context = await RunAsync(Outage(outage));

        context.Response.StatusCode.Should().Be(StatusCodes.Status503ServiceUnavailable);
        context.Response.Headers.RetryAfter.ToString().Should().Be("30");
        Body(context).Should().Contain("База данных портала временно недоступна").And.NotContain("Exception");
    }

    [Fact]
    public async Task OtherErrorsStillGoToTheErrorHandler()
    {
        var run = () => RunAsync(new InvalidOperationException("a bug", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));

        await run.Should().ThrowAsync<InvalidOperationException>();
    }

    private static Exception Outage(string kind) => kind switch
    {
        "refused" => new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Failed to connect to 127.0.0.1:55494", new SocketException((int)SocketError.ConnectionRefused))),
        _ => new PostgresException("the database system is shutting down", "FATAL", "FATAL", kind),
    };

    private static async Task<HttpContext> RunAsync(Exception thrown)
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        app.UseDatabaseUnavailablePage();
        app.Run(_ => throw thrown);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        await app.Build()(context);
        return context;
    }

    private static string Body(HttpContext context) =>
        System.Text.Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
}
