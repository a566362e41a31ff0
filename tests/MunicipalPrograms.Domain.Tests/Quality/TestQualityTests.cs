using static MunicipalPrograms.Domain.Tests.Quality.TestSourceScan;

namespace MunicipalPrograms.Domain.Tests.Quality;

/// <summary>Checks on the test sources themselves: a test that asserts nothing cannot fail, and one that reads the
/// machine's clock passes or fails with the calendar.</summary>
public sealed class TestQualityTests
{
    private static List<SourceFile> TestSources()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "MunicipalPrograms.sln"))) root = root.Parent ?? throw new InvalidOperationException("MunicipalPrograms.sln not found.");
        var tests = Path.Combine(root.FullName, "tests");
        return Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root.FullName, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Select(p => new SourceFile(p, File.ReadAllText(Path.Combine(root.FullName, p))))
            .ToList();
    }

    [Fact]
    public void Every_test_method_in_the_repository_asserts_something()
    {
        var sources = TestSources();

        var methods = TestMethods(sources);

        methods.Should().HaveCount(TestAttributes(sources), "every [Fact] and [Theory] is found with its body");
        methods.Should().Contain(m => m.Path.EndsWith("Web.Tests/Reports/WorkflowTests.cs", StringComparison.Ordinal), "the web tests are scanned too");
        MethodsWithoutAssertion(sources).Should().BeEmpty();
    }

    [Fact]
    public void No_test_reads_the_machine_clock()
    {
        ClockReads(TestSources()).Should().BeEmpty("tests pass dates explicitly or set the portal's Clock:Today");
    }

    private const string Sample = """
        public sealed class Sample
        {
            [Fact]
            public void Asserts() => 1.Should().Be(1);

            [Fact]
            public void Forgets() { var x = Compute(1); }

            [Theory]
            [InlineData(new[] { 1 }, "]")]
            public void Forgets_in_a_theory(int[] a, string s) => Compute(a[0]);

            [Fact]
            public void Says_so_only_in_a_comment_or_a_string()
            {
                // x.Should().Be(1);
                var s = "Assert.True(true)";
                var t = $"{s.Length}: {"x.Should()"}";
            }

            [Fact]
            public void Calls_an_asserting_helper() => AssertPositive(1);

            [Fact]
            public void Calls_a_helper_that_only_looks_like_one() => ExpectNothing(1);

            [Fact(Skip = "a reason")]
            public async Task Uses_xunit_assert() { await Task.Yield(); Assert.Equal(1, 1); }

            [Fact]
            public async Task Uses_playwright() => await Assertions.Expect(page).ToHaveTitleAsync("x");

            private static void AssertPositive(int n) => AssertAbove(n, 0);
            private static void AssertAbove(int n, int floor) => n.Should().BeGreaterThan(floor);
            private static void ExpectNothing(int n) { }
            private static int Compute(int n) => n;
        }
        """;

    [Fact]
    public void A_test_method_without_an_assertion_is_reported_and_one_with_an_assertion_is_not()
    {
        var reported = MethodsWithoutAssertion([new SourceFile("Sample.cs", Sample)]);

        reported.Should().Equal(
            "Sample.cs: Forgets", "Sample.cs: Forgets_in_a_theory", "Sample.cs: Says_so_only_in_a_comment_or_a_string",
            "Sample.cs: Calls_a_helper_that_only_looks_like_one");
    }

    [Fact]
    public void A_read_of_the_machine_clock_is_reported_but_not_one_in_a_comment_or_a_string()
    {
        const string source = """
            var a = DateTime.Today;          // line 1
            // DateTime.Now in a comment
            var b = "DateTime.UtcNow in a string";
            var c = DateTimeOffset.UtcNow;   // line 4
            var d = new ShiftedTimeProvider(new DateOnly(2031, 2, 10));
            """;

        ClockReads([new SourceFile("Clock.cs", source)]).Should().Equal("Clock.cs:1: DateTime.Today", "Clock.cs:4: DateTimeOffset.UtcNow");
    }
}
