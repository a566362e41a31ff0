using MunicipalPrograms.Web.Tests.Infrastructure;

namespace MunicipalPrograms.Web.Tests.Operations;

/// <summary>The checker the page walk relies on finds what it must (markup as the views had it before ADR 0023).</summary>
public sealed class InlineMarkupTests
{
    [Theory]
    [InlineData("""<div class="flex-grow-1" style="min-width:0">""", "style attribute")]
    [InlineData("""<select id="year" onchange="this.form.submit()" aria-label="Год">""", "onchange handler")]
    [InlineData("""<button title="a > b" onclick="window.print()">Печать</button>""", "onclick handler")]
    [InlineData("""<script>document.title = "x";</script>""", "<script> without src")]
    [InlineData("""<script type="application/json">{"a":1}</script>""", "<script> without src")]
    [InlineData("""<head><style>body { color: red }</style></head>""", "<style> element")]
    [InlineData("""<a href="javascript:void(0)">x</a>""", "javascript: address")]
    [InlineData("""<col STYLE='width:32%'>""", "style attribute")]
    public void Inline_script_style_and_handlers_are_found(string html, string expected)
    {
        InlineMarkup.Find(html).Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Fact]
    public void Scripts_with_src_data_attributes_and_text_that_looks_like_markup_pass()
    {
        const string html = """
            <script src="/js/site.js?v=1"></script><link rel="stylesheet" href="/css/site.css" />
            <select data-submit-on-change data-period-pair class="form-select"><option>style="x"</option></select>
            <div data-width-percent="42" title="onclick=1" data-confirm="Удалить?"></div><p>a &lt; b, x < 3</p><col width="32%">
            """;

        InlineMarkup.Find(html).Should().BeEmpty();
    }
}
