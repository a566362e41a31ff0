using MunicipalPrograms.Web.Presentation;
using MunicipalPrograms.Web.Tests.Infrastructure;
using MunicipalPrograms.Web.Tests.ProgramEditing;

namespace MunicipalPrograms.Web.Tests.Presentation;

/// <summary>
/// Tree indents are classes (the Content-Security-Policy forbids style="…", ADR 0023): depth-N from Css.Depth and
/// the row's indent-* class, whose rem values are fixed in site.css — no culture can write «1,7rem» any more (issue 18).
/// </summary>
public sealed class CssTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void A_depth_is_a_class_and_the_deepest_levels_share_the_last_one()
    {
        Css.Depth(0).Should().Be("depth-0");
        Css.Depth(3).Should().Be("depth-3");
        Css.Depth(Css.MaxDepth + 5).Should().Be("depth-" + Css.MaxDepth);
    }

    [Fact]
    public async Task The_funding_grid_indents_its_rows_by_classes_that_site_css_defines()
    {
        var id = await DraftPages.KozhevnikovoWithDraftAsync(portal);
        var client = await portal.SignInAsync("kozh.admin");
        var html = await client.GetDecodedAsync(DraftPages.Url(id, "Funding"));
        var css = await client.GetStringAsync("/css/site.css");

        // The Кожевниковский activities are one level deep: depth-0.
        html.Should().Contain("indent-grid depth-0").And.NotContain("padding-left");
        for (var depth = 0; depth <= Css.MaxDepth; depth++) css.Should().Contain($".depth-{depth} {{ --depth: {depth}; }}");
        css.Should().Contain(".indent-grid { padding-left: calc(0.5rem + var(--depth, 0) * 1.2rem)");
    }
}
