using System.Globalization;
using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ProgramEditing;

namespace MunicipalPrograms.Web.Tests.Presentation;

/// <summary>Tree indents are CSS: «1.7rem», never the ru-RU «1,7rem» a browser ignores (issue 18).</summary>
public sealed class CssTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void An_indent_is_written_with_a_decimal_point_under_a_russian_culture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("ru-RU");
        try
        {
            Css.Indent(0.5, 1, 1.2).Should().Be("padding-left:1.7rem"); // 0.5 + 1 × 1.2
            Css.Indent(0.5, 0, 1.25).Should().Be("padding-left:0.5rem");
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public async Task The_funding_grid_indents_its_rows_in_css_units()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var html = await (await portal.SignInAsync("kozh.admin")).GetDecodedAsync(DraftPages.Url(id, "Funding"));

        // The Кожевниковский activities are one level deep: indented 0.5 + 0 × 1.2 rem (before: «0,5rem», ignored).
        html.Should().Contain("padding-left:0.5rem")
            .And.NotMatchRegex(@"padding-left:\d+,\d");
    }
}
