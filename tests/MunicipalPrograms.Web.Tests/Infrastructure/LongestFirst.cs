using Xunit.Abstractions;

[assembly: TestCollectionOrderer("MunicipalPrograms.Web.Tests.Infrastructure.LongestFirst", "MunicipalPrograms.Web.Tests")]

namespace MunicipalPrograms.Web.Tests.Infrastructure;

/// <summary>
/// Starts the browser collection (a portal process, Chromium and the whole campaign: the longest by far) first, so
/// that the other classes run beside it instead of after it. The rest in name order, which no test relies on.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName.Contains(Browser.BrowserCollection.Name, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
